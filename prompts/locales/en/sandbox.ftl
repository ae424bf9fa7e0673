## The terminal sandbox's own texts (consultbot sandbox): notices around the chat with the bot.

sandbox-banner = consultbot sandbox: offline, no token needed. Database: { $database }
sandbox-dates = The example consultation's dates are shifted so that it is open now: deadline { $deadline } UTC.
sandbox-places = Logs: { $log }. Files the bot sends are saved under { $files }, one folder per person.
sandbox-help =
    Type as a Telegram user would: each line goes to the bot as one message, a number too.
      #N or :press N     press button N of the latest buttons shown
      :as NAME [COUNTRY] [LANGUAGE]
                         type as NAME (created if new; with a country, NAME opens that country's invitation link)
      :fp, :officer, :admin    Kenya's focal point, a secretariat officer, the administrator
      :inbox [NAME]      show again what NAME (or you) received
      :link              open your invitation link again
      :paste             a long text on several lines, up to a line with only a full stop
      :file PATH         send a document; :sticker, :photo send one
      :lang CODE         your Telegram language (ar, zh, en, fr, ru, es or another)
      :clock +7d, :clock +3h, :clock 2027-01-20 09:00    move the bot's clock forward (UTC)
      :expect TEXT       wait a few seconds for a reply containing TEXT
      :help              this text; :quit leaves (Ctrl-D too)
sandbox-people = People: { $people }. You are typing as { $persona }.
sandbox-link-hint = To register as Kenya's focal point with an invitation link, type :link (/start { $token }), or /start alone: the registration then awaits the secretariat's approval.
sandbox-label = { $own ->
    [yes] bot>
   *[no] bot → { $persona }>
}
sandbox-label-edited = { $own ->
    [yes] bot (edited)>
   *[no] bot → { $persona } (edited)>
}
sandbox-label-deleted = { $own ->
    [yes] (The bot deleted one of its messages.)
   *[no] (The bot deleted one of its messages to { $persona }.)
}
sandbox-file-saved = [file { $name }, { $size } bytes, saved as { $path }]
sandbox-image-saved = [image, { $size } bytes, saved as { $path }]
sandbox-unknown-command = (There is no sandbox command { $command }; :help lists them.)
sandbox-bot-slow = (The bot has not finished answering after 30 seconds; its log may say why.)
sandbox-split = (Your text has { $length } characters and Telegram accepts at most { $limit } in one message: it is sent in { $parts } messages, cut at spaces, as a Telegram application sends it.)
sandbox-name-bad = (A person's name is one word of letters, digits, dots or hyphens: “{ $name }” is not.)
sandbox-country-unknown = (No country is called “{ $text }”. Close matches: { $suggestions }.)
sandbox-persona-new = (New person: { $persona }, Telegram language { $code }.)
sandbox-typing-as = (You are now typing as { $persona }.)
sandbox-persona-link = ({ $persona } opens the invitation link for { $country }.)
sandbox-language-set = (Telegram language now { $code }.)
sandbox-language-usage = (Please give a language code, for example :lang fr.)
sandbox-no-link = ({ $persona } has no invitation link; :as NAME COUNTRY creates a person with one.)
sandbox-unknown-persona = (Nobody is called { $persona }; :as { $persona } creates that person.)
sandbox-inbox = { $count ->
    [one] (What { $persona } received, oldest first: one message.)
   *[other] (What { $persona } received, oldest first: { $count } messages.)
}
sandbox-press-usage = (Please give the button's number, for example #3 or :press 3.)
sandbox-no-button = { $highest ->
    [0] (There is no button { $number }: no buttons are shown.)
   *[other] (There is no button { $number }: the latest buttons are numbered 1 to { $highest }.)
}
sandbox-button-gone = (Button { $number } is no longer there: its message has changed.)
sandbox-link-button = (This button opens a web address: { $url })
sandbox-paste-start = (Please paste or type the text; a line with only a full stop ends it.)
sandbox-paste-empty = (There was no text to send.)
sandbox-no-file = (There is no file at { $path }.)
sandbox-clock-usage = (Please write, for example, :clock +7d, :clock +3h, :clock +1d 12h or :clock 2027-01-20 09:00 (UTC).)
sandbox-clock-backwards = (The clock only moves forward; it now reads { $now } UTC.)
sandbox-reminder-ran = (The reminder due { $days ->
    [one] one day
   *[other] { $days } days
} before the deadline has run. Focal points to be reminded: { $recipients }, of whom at the next office hours in their country: { $deferred }. Already reminded: { $already }. No suitable hour left before the deadline: { $late }.)
sandbox-clock = (The bot's clock reads { $now } UTC; the deadline is { $deadline } UTC.)
sandbox-expect-usage = (Please give the text to wait for, for example :expect Thank you.)
sandbox-expect-failed = No reply containing “{ $text }” came within { $seconds } seconds.
sandbox-goodbye = Goodbye.

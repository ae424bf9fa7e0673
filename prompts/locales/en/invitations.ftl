## Invitation links and the letter pack (handlers/invitations.py).

inv-invite-usage =
    To create an invitation link: /invite followed by the country, then optionally the number of uses and the number of days of validity.
    Example: /invite Kenya 2 30
    Without these numbers: number of uses { $uses }, validity in days { $days }. Maximum number of uses: { $max_uses }; maximum validity in days: { $max_days }.
inv-country-suggest = "{ $text }" was not recognized exactly. Which country did you mean?
inv-country-which = “{ $text }” may refer to more than one State. Please choose the one for which the invitation link is to be created.
inv-country-unknown = "{ $text }" is not a country or organization that we recognize. Please type its name in one of the six languages, or its ISO code.
inv-created =
    Invitation link for { $country }:
    { $link }

    Valid until: { $expires }
    Number of uses allowed: { $uses }
inv-qr-caption = { $country }: { $link }
inv-revoke = Revoke this link
inv-revoke-number = Revoke { $number }
inv-list-empty = There are no active invitation links.
inv-list-title = Active invitation links: { $count } (page { $page } of { $pages })
inv-list-entry = { $country }: used { $uses } of { $max_uses }, valid until { $expires }
    { $link }
inv-page-previous = ‹ Previous
inv-page-next = Next ›
inv-revoke-confirm =
    Revoke the invitation link for { $country }?
    { $link }

    It will stop working at once; registrations already made with it are not affected.
inv-revoke-yes = Yes, revoke it
inv-revoke-no = No, back to the list
inv-revoke-already = This link had already been revoked.
inv-revoked = The link for { $country } has been revoked.

inv-letters-unknown = Not recognized: { $codes }
inv-letters-usage = Usage: /letters all for every invited country, or /letters followed by ISO codes (for example: /letters KE FR EU). Each country receives a new link (number of uses: { $uses }; validity in days: { $days }).
inv-letters-done = Letter pack for mail merge. Number of countries: { $count }. Number of uses per link: { $uses }. Valid until: { $expires }.
inv-letters-readme =
    Invitation letter pack

    letters.csv is the data source for a mail merge (UTF-8): one row per country, with the columns code, country, country_in_letter_language, language, link, valid_until, max_uses, qr_image, letter_text and links_per_consultation. The letter text is in the country's preferred language. When several consultations are open to the country, links_per_consultation gives a link for each, which leads straight to that consultation once registered.

    The qr folder holds one QR code per country (qr/KE.png for Kenya, for example); the qr_image column gives its file name, for use with an INCLUDEPICTURE field.

    Number of uses per link: { $uses }. The links can be listed and revoked in the bot with /invites.
inv-letter-text =
    { $country }

    The secretariat of the United Nations Environment Programme presents its compliments and has the honour to invite your Government or organization to contribute to the { $title }.

    Comments may be submitted until { $deadline } through the consultation's Telegram bot. To register your national focal point, please open the following link on a device on which Telegram is installed, or scan the enclosed QR code:
    { $link }

    This link is reserved for your Government or organization and is valid until { $expires }.

    The secretariat avails itself of this opportunity to renew the assurances of its highest consideration.

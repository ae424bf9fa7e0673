## 终端沙盒（consultbot sandbox）自身的文字：与机器人对话时的各项提示。

sandbox-banner = consultbot sandbox：离线运行，无需令牌。数据库：{ $database }
sandbox-dates = 示例磋商的日期已作调整，使其现在即处于开放状态：截止时间为{ $deadline }（协调世界时）。
sandbox-places = 日志：{ $log }。机器人发送的文件保存在{ $files }下，每人一个文件夹。
sandbox-help =
    请像 Telegram 用户那样输入：每一行都作为一条消息发送给机器人，数字也是如此。
      #N 或 :press N     按下最近显示的按钮中的第 N 个
      :as 名称 [国家] [语文]
                         以“名称”的身份输入（如为新人员则予以创建；如注明国家，该人员即打开该国的邀请链接）
      :fp、:officer、:admin    肯尼亚的联络人、秘书处工作人员、管理员
      :inbox [名称]      再次显示“名称”（或您本人）收到的内容
      :link              再次打开您的邀请链接
      :paste             多行长文本，以仅含一个句点的一行结束
      :file 路径         发送文件；:sticker、:photo 发送贴纸或图片
      :lang 代码         您的 Telegram 语文（ar、zh、en、fr、ru、es 或其他）
      :clock +7d、:clock +3h、:clock 2027-01-20 09:00    将机器人的时钟向前调（协调世界时）
      :expect 文本       等待数秒，直至收到含有该文本的回复
      :help              本说明；:quit 退出（亦可按 Ctrl-D）
sandbox-people = 人员：{ $people }。您当前以{ $persona }的身份输入。
sandbox-link-hint = 如需通过邀请链接登记为肯尼亚的联络人，请输入 :link（/start { $token }）；或仅输入 /start，此时登记须待秘书处批准。
sandbox-label = { $own ->
    [yes] 机器人>
   *[no] 机器人 → { $persona }>
}
sandbox-label-edited = { $own ->
    [yes] 机器人（已编辑）>
   *[no] 机器人 → { $persona }（已编辑）>
}
sandbox-label-deleted = { $own ->
    [yes] （机器人删除了其发送的一条消息。）
   *[no] （机器人删除了其发给{ $persona }的一条消息。）
}
sandbox-file-saved = [文件{ $name }，{ $size }字节，已保存为{ $path }]
sandbox-image-saved = [图片，{ $size }字节，已保存为{ $path }]
sandbox-unknown-command = （沙盒没有{ $command }命令；:help 可列出全部命令。）
sandbox-bot-slow = （机器人在30秒内未能完成答复；其日志中可能载有原因。）
sandbox-split = （您的文本共有{ $length }个字符，而 Telegram 每条消息最多接受{ $limit }个字符：文本将按 Telegram 应用程序的方式在空格处切分，分为{ $parts }条消息发送。）
sandbox-name-bad = （人员名称须为由字母、数字、句点或连字符组成的一个词：“{ $name }”不符合要求。）
sandbox-country-unknown = （没有名为“{ $text }”的国家。相近的名称：{ $suggestions }。）
sandbox-persona-new = （新人员：{ $persona }，Telegram 语文为{ $code }。）
sandbox-typing-as = （您现在以{ $persona }的身份输入。）
sandbox-persona-link = （{ $persona }打开以下国家的邀请链接：{ $country }。）
sandbox-language-set = （Telegram 语文现为{ $code }。）
sandbox-language-usage = （请提供语文代码，例如 :lang zh。）
sandbox-no-link = （{ $persona }没有邀请链接；:as 名称 国家 可创建一名持有链接的人员。）
sandbox-unknown-persona = （没有名为{ $persona }的人员；:as { $persona }可创建该人员。）
sandbox-inbox = （{ $persona }收到的内容，按时间先后排列：共{ $count }条消息。）
sandbox-press-usage = （请提供按钮编号，例如 #3或 :press 3。）
sandbox-no-button = { $highest ->
    [0] （没有第{ $number }个按钮：当前未显示任何按钮。）
   *[other] （没有第{ $number }个按钮：最近显示的按钮编号为1至{ $highest }。）
}
sandbox-button-gone = （第{ $number }个按钮已不存在：其所在消息已更改。）
sandbox-link-button = （此按钮打开一个网址：{ $url }）
sandbox-paste-start = （请粘贴或输入文本；以仅含一个句点的一行结束。）
sandbox-paste-empty = （没有可发送的文本。）
sandbox-no-file = （{ $path }处没有文件。）
sandbox-clock-usage = （请输入，例如 :clock +7d、:clock +3h、:clock +1d 12h 或 :clock 2027-01-20 09:00（协调世界时）。）
sandbox-clock-backwards = （时钟只能向前调；当前时间为{ $now }（协调世界时）。）
sandbox-reminder-ran = （截止时间前{ $days }天的提醒已执行。须提醒的联络人：{ $recipients }，其中在其所在国下一个办公时间提醒的：{ $deferred }。此前已提醒的：{ $already }。截止时间前已无合适时间的：{ $late }。）
sandbox-clock = （机器人的时钟显示{ $now }（协调世界时）；截止时间为{ $deadline }（协调世界时）。）
sandbox-expect-usage = （请提供所等待的文本，例如 :expect 谢谢。）
sandbox-expect-failed = 在{ $seconds }秒内未收到含有“{ $text }”的回复。
sandbox-goodbye = 再见。

## 通用文本：语文、帮助、菜单、权限、错误。

start-choose-language = 欢迎。这是环境署秘书处的磋商机器人。请选择您希望用于通信的语文。
language-choose = 请选择语文。
language-set = 您的语文已设为中文。
language-current-mark = ✓ { $name }

help-intro = { $title }
help-anyone =
    /start：登记或查看个人资料
    /profile：查看或更正您的资料
    /language：更改语文
    /verify：按编号核对一份意见
    /forget：删除您的个人数据
    /cancel：中止当前步骤
    /help：本列表
help-focal-point =
    /comment：提交意见
    /mycomments：贵国提交的意见
help-staff =
    /invite、/invites：邀请链接
    /letters：用于邮件合并的信函包
    /pending：待批准的登记
    /broadcast：发送再次邀请或提醒
    /broadcasts：已发送的群发和提醒及其递送情况
    /schedule：截止日期、会议日期和提醒
    /status：答复情况
    /export：下载所提交的意见
    /stats：统计数据和图表
help-admin =
    /grant、/revoke：秘书处角色

menu-title = 您希望做什么？
menu-comment = 提交意见
menu-mycomments = 本国的意见
menu-profile = 我的资料
menu-language = 语文
menu-help = 帮助
menu-broadcast = 群发
menu-schedule = 日程
menu-status = 答复情况
menu-export = 导出
menu-pending = 待批准的登记
menu-invites = 邀请链接

cmd-start = 登记或查看个人资料
cmd-help = 您可以做什么
cmd-comment = 提交意见
cmd-mycomments = 贵国提交的意见
cmd-profile = 查看或更正您的资料
cmd-language = 更改语文
cmd-verify = 按编号核对意见
cmd-cancel = 中止当前步骤
cmd-forget = 删除个人数据

access-not-registered = 此功能仅供已登记的国家联络人使用。请发送 /start 进行登记；如秘书处已向您发送邀请链接，请打开该链接。
access-pending = 您的登记正在等待秘书处批准。审核完成后，您将在此收到通知。
access-rejected = 秘书处未批准您的登记。如您认为有误，请与秘书处联系。
access-focal-points-only = 此功能仅供国家联络人使用；秘书处账户不能提交意见。
access-denied = 您无权执行此操作。
access-private-only = 请在私人对话中与我联系：此操作不能在群组中进行。

error-internal = 很抱歉，我方出现错误。您在此消息之前输入的所有内容均已保存。请稍后重试。
unknown-command = 无法识别此命令。请发送 /help 查看您可以执行的操作。
fallback-text = 我未能理解这条消息。请使用按钮，或发送 /help 查看您可以执行的操作。
edit-not-taken = 编辑已发送的消息不会改变已记录的内容。如需更正答复，请使用所提供的按钮（例如意见预览中的“修改”），如意见已提交，请使用 /mycomments。
unsupported-content = 此处我只能读取文本消息。请输入您的答复。
button-stale = 此按钮已失效。请使用最新的消息，或发送 /help。
too-long-input = 此消息过长（{ $length }个字符；上限为{ $max }个）。请缩短后重新发送。

## 每位参与者都需要了解的信息（prompts/dated.py：facts、with_contact），每行一项。

facts-deadline = 提交意见的截止时间：{ $deadline }
facts-meeting = 会议日期：{ $meeting }
facts-contact = 联系方式：{ $secretariat }，电子邮件：{ $email }
facts-web = 报告和文件：{ $web }

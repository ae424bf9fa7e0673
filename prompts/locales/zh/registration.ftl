## 国家联络人登记（handlers/registration.py）。

reg-ask-country = 您代表哪个国家或组织？请用六种正式语文中的任何一种输入其名称，或输入其 ISO 代码（例如“肯尼亚”、“UK”、“中国”或“KE”）。
reg-ask-name = 请输入您的全名，应与秘书处记录中所列一致。
reg-ask-title = 请输入您的职衔或职务（例如“化学品管理司司长”）。
reg-ask-organisation = 请输入您所在部委或组织的名称。
reg-ask-email = 请输入您的官方电子邮件地址。
reg-current-value = 当前值：{ $value }

reg-privacy-notice =
    隐私声明

    联合国环境规划署（环境署）秘书处收集您的姓名、职衔、所在部委或组织、电子邮件地址、国家、首选语文和 Telegram 账号，用于确认您在本次磋商中代表贵国政府或组织发言、就磋商事宜与您联系，以及标明贵国政府评论意见的来源。

    只有负责本次磋商的秘书处工作人员可以查看这些信息。这些信息在磋商进程及其后续工作期间保存，不会提供给任何第三方。

    您可随时使用 /profile 查看和更正您的信息，使用 /forget 删除这些信息。已提交的评论意见将作为贵国政府的意见保留，但不含您的个人信息。

    您是否同意上述条款？
reg-consent-yes = 我同意
reg-consent-no = 我不同意
reg-consent-declined = 如您不同意隐私声明，我们无法为您登记。您已输入的内容已保存：您仍可在下方表示同意，或将其删除。
reg-discard = 删除我已输入的内容
reg-discarded = 您已输入的内容已删除。您可随时使用 /start 重新开始。
reg-cancelled = 登记已暂停。您已输入的内容已保存：发送 /start 即可从中断处继续。
reg-resumed = 欢迎回来。您的登记将从中断处继续。
reg-not-in-progress = 目前没有正在进行的登记。请发送 /start。

reg-summary = 请核对您的信息：
reg-summary-invited = 由于您是通过链接受邀，您确认后登记即刻生效。
reg-summary-review = 您确认后，秘书处将对您的登记进行审核。
reg-confirm = ✓ 确认
reg-edit-lang = 修改语文
reg-edit-country = 修改国家
reg-edit-name = 修改姓名
reg-edit-title = 修改职衔
reg-edit-org = 修改组织
reg-edit-email = 修改电子邮件

reg-link-invited = 您已受邀担任以下国家或组织的国家联络人：{ $country }。
reg-link-expired = 此邀请链接已过期。您仍可登记：秘书处将在您的登记生效前进行审核。
reg-link-revoked = 此邀请链接已被秘书处撤销。您仍可登记：秘书处将在您的登记生效前进行审核。
reg-link-used_up = 此邀请链接的使用次数已达上限。您仍可登记：秘书处将在您的登记生效前进行审核。
reg-link-unknown = 此邀请链接无效（可能不完整）。您仍可登记：秘书处将在您的登记生效前进行审核。

reg-country-set = 国家：{ $country }。
reg-country-suggest = 未能准确识别“{ $text }”。您指的是下列之一吗？如果不是，请重新输入名称。
reg-country-which = “{ $text }”可能指不止一个国家。请选择您所代表的国家。
reg-country-unknown = “{ $text }”与我们所知的任何国家或组织均不对应。

reg-empty = 回答为空。
reg-no-letter = 这看起来不像名称：其中没有任何文字。
reg-bad-email = 这不是有效的电子邮件地址（例如：name@ministry.gov）。
reg-not-text = 我未能理解这条消息：此处我只能读取输入的文字。
reg-use-buttons = 请使用其中一个按钮作答。

reg-done-approved = 谢谢。您已登记为以下国家或组织的国家联络人：{ $country }。
reg-done-pending = 谢谢。您作为{ $country }国家联络人的登记已提交秘书处审批。审核完成后，您将立即在此收到通知。

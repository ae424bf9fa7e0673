## 群发（/broadcast）、送达报告以及发给联络人的文本。

broadcast-choose-message = 您希望向各国家联络人发送什么内容？
broadcast-kind-invitation = 再次邀请
broadcast-kind-reminder = 提醒
broadcast-kind-custom = 自拟文本
broadcast-cancel-button = 取消
broadcast-ask-text = 请输入消息内容。消息将按您所写的原文发送，上方附有以各收件人的语文书写的标题（最多{ $max }个字符）。
broadcast-text-only = 请以文字形式输入消息：贴纸、照片、语音消息和文件无法群发。
broadcast-use-buttons = 请使用下方按钮选择一个选项。
broadcast-choose-audience = 应发送给谁？
broadcast-choose-audience-reminder = 应发送给谁？

    已收到意见的国家不会收到提醒；以下数字不包括这些国家。
broadcast-audience-all = 所有已核准的联络人（{ $count }）
broadcast-audience-not-submitted = 尚未提交意见的国家（{ $count }）
broadcast-audience-countries = 由我选择的国家
broadcast-ask-countries = 请输入国家名称，以顿号或逗号分隔：可使用六种语文中任何一种的名称或ISO 代码（例如：肯尼亚、France、CN）。列表完成后请按“完成”。
broadcast-countries-selected = 已选国家：{ $count }
broadcast-country-line = • { $country }（联络人：{ $focal }）
broadcast-countries-unknown = 无法识别：{ $names }。请检查拼写。
broadcast-countries-suggest = 您输入的“{ $text }”是否指以下国家之一？
broadcast-countries-done = 完成
broadcast-countries-clear = 清空列表
broadcast-countries-empty = 请在按“完成”之前至少添加一个国家。
broadcast-no-recipients = 没有已核准的联络人符合这一选择。请选择其他收件人。
broadcast-preview-title = 以上预览显示各收件人将以其语文看到的消息。
broadcast-preview-language = { $name }预览（收件人：{ $count }）：
broadcast-confirm = 收件人数：{ $count }。是否现在发送？
broadcast-confirm-unreachable = 其中{ $count }人上次未能联系上（已屏蔽本机器人或聊天已不存在）；将再尝试一次。
broadcast-send-button = 发送
broadcast-change-message = 更改消息
broadcast-change-audience = 更改收件人
broadcast-queued = 群发{ $id }已排入队列。收件人数：{ $count }。进度将在本消息中显示。
broadcast-queued-behind = 队列中排在其前面的群发：{ $count }。待其完成后即开始发送。
broadcast-cancelled = 群发已取消；未发送任何消息。
broadcast-progress = 群发{ $id }：已发送{ $sent }/{ $total }，无法送达{ $unreachable }
broadcast-progress-failed = 发送失败：{ $count }
broadcast-progress-skipped = 因该国在此期间已提交意见而未发送：{ $count }
broadcast-progress-deferred = 等待收件人所在国的办公时间：{ $count }
broadcast-report = 群发{ $id }已完成：已送达{ $sent }/{ $total }。无法送达：{ $unreachable }。发送失败：{ $failed }。无需再发送：{ $skipped }。
broadcast-report-in-doubt = 重启时正在发送并已重新发送的消息（这些收件人可能收到两份）：{ $count }
broadcast-report-unreachable-title = 未能联系上：
broadcast-report-unreachable-line = • { $country }：{ $name }（{ $reason }）
broadcast-reason-blocked = 已屏蔽本机器人
broadcast-reason-deactivated = 账户已删除
broadcast-reason-chat-not-found = 聊天已不存在
broadcast-reason-failed = 发送失败

## 发给联络人的文本（秘书处自拟文本的标题；提醒）。

broadcast-custom-text =
    联合国环境规划署秘书处来函：

    { $text }
broadcast-reminder-text =
    联合国环境规划署秘书处提醒

    { $title }

    秘书处尚未收到贵国政府的意见建议。敬请于{ $deadline }之前提交，以供定于{ $meeting }举行的会议参考。如需提交意见，请按下方按钮或发送 /comment。

## /schedule：截止日期、会议日期和提醒。

schedule-title = 磋商日程
schedule-deadline = 提交意见的截止日期：{ $deadline }
schedule-meeting = 会议：{ $meeting }
schedule-reminders-title = 计划中的提醒：
schedule-reminders-none = 目前没有计划中的提醒。
schedule-days-before = { $days ->
   *[other] 截止日期前{ $days }天
}
schedule-reminder-line = • { $offset }：{ $when }（目前收件人：{ $count }）
schedule-history-title = 以往的提醒：
schedule-reminder-sent = • { $offset }：已于{ $when }发送
schedule-reminder-skipped = • { $offset }：未发送（截止日期已过或已被其后的提醒取代）
schedule-reminder-cancelled = • { $offset }：已取消
schedule-change-deadline = 更改截止日期
schedule-change-meeting = 更改会议日期
schedule-add-reminder = 添加提醒
schedule-cancel-reminder = 取消提醒
schedule-close = 关闭
schedule-back-button = 返回
schedule-confirm-button = 确认
schedule-ask-deadline = 请输入新的截止日期，格式为“年-月-日”加时间（{ $zone }时间），例如：{ $example }
schedule-ask-meeting = 请按“年-月-日”的格式输入会议的第一天和最后一天，例如：{ $example }
schedule-ask-offset = 应在截止日期前几天发送提醒？请输入1至{ $max }之间的数字。
schedule-bad-date = 无法识别该日期。请按以下格式书写：{ $example }
schedule-deadline-past = 新的截止日期必须晚于当前时间。请输入其他日期。
schedule-deadline-before-opening = 截止日期必须晚于磋商开始时间（{ $opens }）。请输入其他日期。
schedule-deadline-after-meeting = 截止日期必须早于会议开幕日期（{ $meeting }）。请输入更早的日期，或先更改会议日期。
schedule-meeting-order = 会议的最后一天不能早于第一天。请重新输入日期。
schedule-meeting-before-deadline = 会议必须在提交意见截止日期（{ $deadline }）之后开幕。请输入更晚的日期，或先更改截止日期。
schedule-bad-offset = 请输入1至{ $max }之间的整数。
schedule-offset-past = 按照当前截止日期，该提醒的时间已经过去（{ $when }）。请输入较小的数字。
schedule-offset-exists = 已计划在{ $offset }发送提醒。
schedule-confirm-deadline = 是否将截止日期从{ $old }改为{ $new }？提醒将相应重新安排。
schedule-confirm-meeting = 是否将会议日期（{ $old }）改为{ $new }？
schedule-changed = 更改已保存，提醒已重新安排。
schedule-reminder-added = 提醒已添加。
schedule-reminder-removed = 提醒已取消。
schedule-pick-reminder = 要取消哪一个提醒？
schedule-reminder-button = { $offset }：{ $date }
schedule-closed = 日程已关闭。
schedule-use-buttons = 请使用下方按钮。
schedule-text-only = 请以文字形式输入您的回答。
schedule-cancelled = 未作任何更改。

## /status：哪些国家已作答。

status-title = 截至{ $date }的磋商情况
status-submitted = 已提交意见的国家：{ $count }
status-registered = 已有联络人登记但尚未提交意见的国家：{ $count }
status-invited = 尚无联络人的受邀国家：{ $count }
status-topics = 按议题分列的意见：
status-topic-line = • { $topic }：{ $count }
status-unreachable = 无法联系上的联络人：{ $count }
status-unreachable-line = • { $country }：{ $name }（{ $reason }，自{ $date }起）
status-country-title = { $country }：截至{ $date }的磋商情况
status-country-invited = 已受邀参加磋商。
status-country-not-invited = 不在受邀国家名单上。
status-country-focal-points = 已核准的联络人：{ $count }
status-country-submissions = 意见：{ $count }
status-country-submission = • { $reference } · { $topic }
status-country-which = “{ $text }”指的是哪个国家？请选择：
status-country-unknown = “{ $text }”不是我们所识别的国家或组织。请在 /status 之后用六种语文之一输入其名称，或输入其ISO代码。

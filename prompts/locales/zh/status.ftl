## /status：哪些国家已作答。

status-title = 截至{ $date }的磋商情况
status-submitted = 已提交意见的国家：{ $count }
status-registered = 已有联络人登记但尚未提交意见的国家：{ $count }
status-invited = 尚无联络人的受邀国家：{ $count }
status-topics = 按议题分列的意见：
status-topic-line = • { $topic }：{ $count }
status-unreachable = 无法联系上的联络人：{ $count }
status-unreachable-line = • { $country }：{ $name }（{ $reason }，自{ $date }起）

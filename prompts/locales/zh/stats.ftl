## /stats（issue 6）。键为固定标识，不得重复使用。

stats-title = 截至{ $date }的磋商数据
stats-none = 尚未收到任何意见。
stats-total = 收到的意见（未撤回）：{ $count }
stats-withdrawn = 已撤回的意见：{ $count }
stats-countries = 已答复的国家：{ $answered }（受邀国家共{ $invited }个）
stats-other-respondents = 其他答复方（不在受邀国家名单上）：{ $count }
stats-topics-heading = 按议题：
stats-topic-line = • { $topic }：{ $count }
stats-days-heading = 按首次提交日期（{ $zone }时间）：
stats-day-line = • { $date }：{ $count }
stats-days-earlier = 未列出的更早日期：{ $count }天
stats-chart-title = 收到的意见
stats-chart-topics = 按议题
stats-chart-days = 按日期
stats-chart-count = 意见数
stats-chart-caption = 按议题和日期分列的意见

## 历史记录（/broadcasts）：除广播和提醒外经发送队列发出的消息。

broadcasts-kind-personal-alert = 就新提交或经修订的意见向工作人员发出的提醒
broadcasts-kind-personal-digest = 向工作人员发出的每日摘要
broadcasts-kind-personal-notice = 向国家联络人发出的通知（名录）
broadcasts-kind-reply = 秘书处对所提交意见的答复
broadcasts-kind-deadline-notice = 关于截止日期的通知

## /audit：与某一磋商有关的条目。

audit-usage-consultation = 如有多项磋商：/audit consultation <编号>。

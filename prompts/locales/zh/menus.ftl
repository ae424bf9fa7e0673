## Telegram's command menu for secretariat officers and admins (handlers/command_menus.py).
## Each text is one command's description in the chat's menu (at most 256 characters).
staffcmd-status = 各国答复情况
staffcmd-read = 按编号阅读所提交的意见
staffcmd-review = 审阅所提交的意见
staffcmd-tags = 讨论文件的论题
staffcmd-focalpoints = 国家联络人名录
staffcmd-pending = 待批准的登记
staffcmd-alerts = 新提交意见的提醒
staffcmd-invite = 创建邀请链接
staffcmd-invites = 邀请链接
staffcmd-letters = 用于邮件合并的信函包
staffcmd-broadcast = 发送邀请或提醒
staffcmd-broadcasts = 已发送的群发和提醒
staffcmd-schedule = 截止日期、会议日期和提醒
staffcmd-extensions = 各国截止日期的延长
staffcmd-export = 下载所提交的意见
staffcmd-stats = 统计数据和图表
staffcmd-consultations = 磋商
staffcmd-grant = 授予秘书处角色
staffcmd-revoke = 撤销秘书处角色
staffcmd-audit = 审计日志

## /consultations：本机器人的各项磋商及秘书处对其采取的行动。
consultations-title = 磋商
consultations-line =
    第{ $id }号：{ $title }
    状态：{ $state }。截止日期：{ $deadline }。意见数：{ $submissions }。
consultations-state-draft = 草稿
consultations-state-open = 开放
consultations-state-closed = 已结束
consultations-state-archived = 已归档
consultations-btn-open = 开放第{ $id }号
consultations-btn-close = 结束第{ $id }号
consultations-btn-archive = 归档第{ $id }号
consultations-btn-copy = 复制第{ $id }号用于新一轮
consultations-done-open = 第{ $id }号磋商现已开放征求意见。
consultations-done-close = 第{ $id }号磋商现已结束：意见不能再提交或更改。
consultations-done-archive = 第{ $id }号磋商已归档。
consultations-copy-ask-deadline = 复制第{ $id }号磋商用于新一轮。请输入其截止日期，格式为“年-月-日”加时间（{ $zone }时间），例如：{ $example }
consultations-copy-ask-meeting = 截止日期将为{ $deadline }。请按“年-月-日”输入新一轮会议的第一天和最后一天，例如：{ $example }
consultations-copied-dates =
    第{ $id }号磋商已复制用于新一轮，编号为第{ $new }号（草稿，与其延续的一轮相关联）。
    截止日期：{ $deadline }。会议：{ $meeting }。其编号以{ $prefix }开头。
consultations-copy-cancelled = 未作任何复制。
consultations-copy-no-prefix = 第{ $id }号磋商无法再次复制：为其各轮预设的编号前缀均已使用。请以新一轮自己的前缀导入其定义。
comment-link-unavailable = 此链接所指的磋商目前不接受贵国政府的意见。
comment-link-draft-open = 您有一条尚未完成的意见。请先提交或放弃该意见（/comment），然后再次打开{ $title }的链接。
inv-link-for-consultation = 登记后直接进入第{ $id }号磋商（{ $title }）：{ $link }
consultations-pick = 第{ $id }号：{ $title }
consultations-of = 第{ $id }号磋商：{ $title }
export-choose-consultation = 导出所提交的意见。现有多项磋商：请选择要导出其意见的磋商（或输入 /export 加其编号）。
status-choose-consultation = 目前有多项磋商开放。请选择要查看其情况的磋商（或输入 /status 加其编号）。
stats-choose-consultation = 目前有多项磋商开放。请选择要查看其数据的磋商（或输入 /stats 加其编号）。
broadcast-choose-consultation = 目前有多项磋商开放。请选择本消息所涉的磋商：消息将发送给受邀参加该磋商的国家的联络人。
broadcast-custom-text-of =
    联合国环境规划署秘书处关于“{ $title }”的来函：

    { $text }
status-unknown-consultation = 不存在第{ $number }号磋商。/consultations 列出各项磋商；/status 不加编号时显示开放中的磋商的情况。
export-col-source = 来源
export-source-bot = 通过机器人提交
export-source-imported = 导入：于{ $date }通过{ $source }收到
export-source-imported-undated = 导入：通过{ $source }收到
reg-named-consultation = 您打开的链接指向第{ $id }号磋商（{ $title }）：您现在可以就此提交意见。
reg-named-consultation-button = 就此磋商提出意见

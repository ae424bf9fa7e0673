## 秘书处工作区：联络人名录（/focalpoints）、提醒（/alerts）、审计日志（/audit）。

help-workspace-staff =
    /focalpoints：国家联络人名录
    /alerts：新提交或经修订意见的提醒
help-workspace-admin =
    /audit：审计日志

## /focalpoints

fp-title = 国家联络人：{ $total }（第{ $page }页，共{ $pages }页）
fp-title-search = 与“{ $text }”相符的国家联络人：{ $total }（第{ $page }页，共{ $pages }页）
fp-none = 尚无国家联络人登记。
fp-none-search = 没有与“{ $text }”相符的国家联络人。仅输入/focalpoints即可查看全部。
fp-search-hint = 如需查找，请输入/focalpoints，后接姓名、电子邮件地址或国家名称。
fp-entry =
    { $number }. { $country }：{ $name }
    { $title }，{ $organisation }
    { $email } · { $lang } · { $status }
    { $registered } · 最近活动：{ $activity }
fp-status-active = 有效
fp-status-deactivated = 已停用
fp-status-pending = 待批准
fp-status-rejected = 未获批准
fp-via-link = 通过{ $by }创建的链接登记
fp-via-link-anonymous = 通过邀请链接登记
fp-via-approval = 由{ $by }于{ $date }批准
fp-via-approval-anonymous = 由秘书处批准
fp-via-undecided = 于{ $date }未经邀请链接登记
fp-activity-none = 无
fp-open = { $number }
fp-page-previous = ‹ 上一页
fp-page-next = 下一页 ›
fp-export-xlsx = 导出（XLSX）
fp-export-csv = 导出（CSV）
fp-export-caption = 截至{ $date }的国家联络人名录：共{ $count }条。
fp-card =
    { $name }
    职务：{ $title }
    组织：{ $organisation }
    电子邮件：{ $email }
    国家：{ $country }
    语文：{ $lang }
    状态：{ $status }
    登记：{ $registered }
    最近活动：{ $activity }
    提交的意见：{ $submissions }
    Telegram账号：{ $telegram_id }
fp-card-deactivated = 已由{ $by }于{ $date }停用。理由：{ $reason }
fp-card-rejected = 所述理由：{ $reason }
fp-deactivate = 停用
fp-reactivate = 恢复
fp-move = 改划至另一国家
fp-successor = 邀请继任者
fp-back = ‹ 返回名录
fp-gone = 此人已不在名录中。
fp-deactivate-why = 停用{ $name }（{ $country }）的理由是什么？请选择一项理由或自行输入。理由将以此人的语文告知本人。
fp-type-reason = 请在一条消息中输入理由（不超过{ $max }个字符）。理由将按您所写的原样告知此人。输入/cancel即可停止，不作任何更改。
fp-reason-too-long = 理由长度为{ $length }个字符，上限为{ $max }个字符。请删减后重新发送。
fp-reason-not-text = 请以文字消息输入理由，或输入/cancel停止。
fp-deactivate-confirm =
    是否停用{ $name }（{ $country }）？
    理由：{ $reason }

    此人将无法再提交意见；已提交的内容予以保留。将以此人的语文告知本人。
fp-deactivate-yes = 是，停用
fp-no = 否，返回
fp-deactivated-staff = { $name }（{ $country }）已被停用，并将获告知。
fp-reactivate-confirm = 是否恢复{ $name }（{ $country }）？此人将可再次提交意见，并将获告知。
fp-reactivate-yes = 是，恢复
fp-reactivated-staff = { $name }（{ $country }）已恢复有效，并将获告知。
fp-not-possible = 此操作已无法进行：此人目前的状态为“{ $status }”。
fp-move-ask = 应将{ $name }改划至哪个国家？请输入国家名称。输入/cancel即可停止，不作任何更改。
fp-move-which = 您所说的“{ $text }”是指哪个国家？请选择：
fp-move-unknown = 无法将“{ $text }”识别为国家或组织。请用六种语文之一输入名称，或输入ISO代码。
fp-move-same = { $name }已代表{ $country }。请输入另一个国家。
fp-move-confirm = 是否将{ $name }由{ $from }改划至{ $to }？其提交的意见仍归属{ $from }。将告知本人。
fp-move-yes = 是，改划
fp-moved-staff = { $name }现代表{ $to }。
fp-cancelled = 未作任何更改。

## 标准理由（以本人的语文告知）

reason-left-post = 此人已离任。
reason-replaced = 政府已指定另一名联络人。
reason-not-designated = 此人并非有关国家政府指定的人员。
reason-forwarded-link = 邀请链接被转交给了非受邀人员。
reason-not-government = 所提供的信息显示其并非政府机构。
reason-unverified = 所提供的信息无法核实。
reason-type = 输入其他理由

## 告知联络人的内容

fp-you-are-deactivated = 秘书处已停用您作为{ $country }国家联络人的登记。您无法再通过本机器人提交意见；您已提交的意见仍予存档。理由：{ $reason }
fp-you-are-reactivated = 您作为{ $country }国家联络人的登记已恢复有效。您可再次提交意见。
fp-you-are-moved = 您现登记为{ $country }的国家联络人。
fp-rejected-reason = 理由：{ $reason }
prof-status-deactivated = 状态：登记已被秘书处停用。
access-deactivated = 秘书处已停用您的联络人登记，因此您无法再提交意见。如您认为有误，请与秘书处联系。

## 不批准登记

role-reject-why = 不批准{ $name }（{ $country }）登记的理由是什么？请选择一项理由或自行输入。理由将以此人的语文告知本人。
role-reject-none = 不批准，不说明理由

## /alerts

alerts-title = 新提交或经修订意见的提醒。请选择一项磋商：
alerts-line = { $consultation }：{ $mode }
alerts-mode-immediate = 每份意见一经提交即提醒
alerts-mode-digest = 每日{ $hour }（{ $zone }）发送摘要
alerts-mode-off = 不提醒
alerts-none = 目前没有可关注的磋商。
alerts-choose-mode = { $consultation }。目前：{ $mode }。您希望以何种方式获知新提交或经修订的意见？
alerts-button-immediate = 即时提醒
alerts-button-digest = 每日摘要
alerts-button-off = 不提醒
alerts-choose-hour = 摘要应在几点发送？
alerts-choose-zone = { $hour }是指哪个时区的时间？
alerts-saved = 已保存。{ $consultation }：{ $mode }。
alert-new = { $country }提交了新意见{ $reference }：{ $topic }，{ $type }。
alert-revised = { $country }的意见{ $reference }已修订（第{ $version }版）：{ $topic }，{ $type }。
alert-paragraph = 报告第{ $paragraph }段。
alert-title = { $consultation }
digest-title = 每日摘要，{ $consultation }：自{ $since }以来新提交或经修订的意见共{ $count }份。
digest-new = • { $reference } · { $country } · { $topic }（新）
digest-revised = • { $reference } · { $country } · { $topic }（第{ $version }版）
digest-more = ……另有{ $count }份。

## /audit

audit-title = 审计日志：共{ $count }条，按时间由近及远排列。
audit-filter = 筛选条件：{ $filter }
audit-entry =
    { $number }. { $when } · { $action }
    操作人：{ $actor }
    对象：{ $subject }
audit-details = 详情：{ $details }
audit-actor = { $name }（参与者{ $participant }，Telegram账号{ $telegram }）
audit-actor-bot = 机器人
audit-actor-erased = 数据已被删除的人
audit-actor-unnamed = 参与者{ $participant }，Telegram账号{ $telegram }
audit-none = 没有相符的条目。
audit-older = 更早 ›
audit-newest = « 最新
audit-usage = /audit显示审计日志的最新条目。如需缩小范围：/audit person <参与者编号>、/audit state <国家>、/audit action <操作>、/audit ref <意见编号>。
audit-bad-filter = 无法理解“{ $text }”。
audit-unknown-state = 无法将“{ $text }”识别为国家或组织。

## 名录文件（XLSX和CSV）

fpx-sheet = 国家联络人
fpx-col-country-code = 代码
fpx-col-country = 国家
fpx-col-title = 职务
fpx-col-name = 姓名
fpx-col-organisation = 组织
fpx-col-email = 电子邮件
fpx-col-language = 语文
fpx-col-status = 状态
fpx-col-registered-via = 登记方式
fpx-col-registered-by = 链接创建人或登记批准人
fpx-col-registered-at = 登记时间（UTC）
fpx-col-last-activity = 最近活动（UTC）
fpx-col-submissions = 提交的意见
fpx-col-deactivated-at = 停用时间（UTC）
fpx-col-reason = 理由
fpx-col-telegram-id = Telegram账号
fpx-via-link = 链接
fpx-via-approval = 批准
fpx-via-undecided = 尚未决定

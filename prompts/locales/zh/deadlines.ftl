## 截止日期的变更（issue 17）：给予个别国家的延期、变更通知、对未提交草稿的提醒、延期请求以及 /schedule 显示的内容。

deadlines-help-staff = /extensions：给予个别国家的截止日期延期以及延期请求

deadlines-extended-notice = 秘书处谨通知，向“{ $title }”磋商提交意见的截止日期已延至{ $deadline }（原为{ $previous }）。
deadlines-brought-forward-notice = 秘书处谨通知，向“{ $title }”磋商提交意见的截止日期已提前至{ $deadline }（原为{ $previous }）。此后收到的意见将不予受理。
deadlines-state-extended-notice = 秘书处谨通知，在“{ $title }”磋商中已给予{ $country }截止日期延期：可在{ $deadline }之前提交意见。
deadlines-state-revoked-notice = 秘书处谨通知，在“{ $title }”磋商中给予{ $country }的截止日期延期已撤销：截止日期为{ $deadline }。
deadlines-warning-day = 您有一份关于“{ $title }”磋商的意见草稿尚未提交。截止日期为{ $deadline }，距今还有一天：请在此之前完成并提交您的意见。
deadlines-warning-hour = 您有一份关于“{ $title }”磋商的意见草稿尚未提交。截止日期为{ $deadline }，距今还有一小时：请立即提交您的意见。
deadlines-request-notice = { $country }的国家联络人请求延长“{ $title }”磋商的截止日期。请给予延期并确定新的日期，或说明理由拒绝该请求。
deadlines-request-grant = 给予延期
deadlines-request-decline = 拒绝
deadlines-declined-notice = 秘书处认真审议了您关于延长“{ $title }”磋商截止日期的请求，遗憾地无法予以同意，理由如下：{ $reason }

deadlines-draft-closed = 磋商已于{ $deadline }截止：此意见已不能提交。您的草稿已原样保存。
deadlines-draft-title = 您的草稿（未提交）：
deadlines-draft-offer-request = 如贵国政府需要更多时间，可请秘书处延长截止日期。
deadlines-ask-button = 请求延期
deadlines-request-sent = 您的延期请求已转交秘书处。秘书处的决定将在此通知您。
deadlines-request-pending = 秘书处已在审议贵国的延期请求。秘书处的决定将在此通知您。

deadlines-reminder-delivered = • { $offset }：已于{ $when }发送给{ $count }名联络人
deadlines-reminder-queued = • { $offset }：已于{ $when }排队，尚未送达
deadlines-reminder-waiting = （{ $count }条消息等待办公时间，自{ $when }起发送）
deadlines-reminder-not-delivered = • { $offset }：未送达（共{ $count }条：有关国家已先行提交意见，截止日期在办公时间开始前已过，或无法联系收件人）
deadlines-skipped-no-civil-hour = • { $offset }：未发送（截止日期之前，收件人所在国家已无办公时间或日间时间）
deadlines-skipped-already-reminded = • { $offset }：未发送（所有相关人员均已收到此提醒）
deadlines-skipped-nobody = • { $offset }：未发送（所有相关国家均已提交意见）
deadlines-skipped-deadline-moved = • { $offset }：未发送（按新的截止日期，其发送时间已过）
deadlines-schedule-state = 给予{ $country }的延期：截止日期为{ $deadline }
deadlines-schedule-state-withdrawn = 给予{ $country }的延期（已撤销）：
deadlines-notice-preview = 此通知将在每位收件人所在国家的办公时间发送给{ $count }人（尚未提交意见的相关国家的联络人，以及所有有未提交草稿的人）：

deadlines-title = 截止日期延期：{ $title }
deadlines-none = 尚未给予任何延期。
deadlines-line = • { $country }：至{ $deadline }（于{ $granted }给予）
deadlines-requests-title = 待答复的请求：
deadlines-request-line = • { $country }，于{ $when }收到
deadlines-grant-button = 给予延期
deadlines-withdraw-button = 撤销延期
deadlines-close-button = 关闭
deadlines-back-button = 返回
deadlines-confirm-button = 确认
deadlines-ask-state = 请输入获得延期的国家名称。
deadlines-unknown-state = 未能识别该国家名称。请重新输入，例如：肯尼亚
deadlines-state-candidates = 未能准确识别该名称。您是否指：{ $names }？请重新输入名称。
deadlines-ask-date = { $country }的截止日期为{ $deadline }。请按年-月-日和时刻输入新的截止日期，以{ $zone }时间为准，例如：{ $example }
deadlines-date-not-later = 延期必须在{ $deadline }之后结束。请输入更晚的日期。
deadlines-confirm-grant = 是否给予{ $country }截止日期延期至{ $deadline }？
deadlines-confirm-withdraw = 是否撤销给予{ $country }的延期？其截止日期将恢复为{ $deadline }。
deadlines-pick-withdraw = 应撤销哪一项延期？
deadlines-pick-line = { $country }：{ $date }
deadlines-granted = 已给予{ $country }延期至{ $deadline }，其提醒已重新安排。
deadlines-withdrawn = 给予{ $country }的延期已撤销。
deadlines-ask-reason = 请输入拒绝{ $country }请求的理由（不超过{ $max }个字符）。联络人将收到您所写的原文。
deadlines-bad-reason = 请以文字输入理由，不超过{ $max }个字符。
deadlines-declined = 已拒绝{ $country }的请求，并已通知其联络人。
deadlines-request-answered = 此请求已得到答复。
deadlines-use-buttons = 请使用下面的按钮。
deadlines-text-only = 请以文字输入您的答复。
deadlines-cancelled = 未作任何更改。
deadlines-closed = 延期管理已关闭。

# 未提交草稿的导出（/extensions）。
deadlines-unsent-button = 未提交的草稿（CSV）
deadlines-unsent-none = 没有未提交的草稿：所有已开始的意见均已提交或删除。
deadlines-unsent-caption = 未提交的草稿：{ $count }份。这些意见从未提交，不属于已收到的意见。
deadlines-unsent-mark = 未提交的草稿
deadlines-col-status = 状态
deadlines-col-country = 国家
deadlines-col-focal-point = 国家联络人
deadlines-col-saved = 最后保存时间
deadlines-col-topic = 议题
deadlines-col-type = 意见类型
deadlines-col-paragraph = 段落
deadlines-col-comment = 意见（草稿）
deadlines-col-proposed = 拟议案文（草稿）
deadlines-col-revises = 修订的意见

# 在截止日期前结束磋商（/consultations）。
deadlines-closed-early-notice = 秘书处谨通知，“{ $title }”磋商已于{ $deadline }在截止日期前结束。不能再提交意见；已提交的意见予以保留。
deadlines-confirm-close = 是否在截止日期前立即结束第{ $id }号磋商（{ $title }）？
deadlines-confirm-close-button = 立即结束

## 秘书处工作区（issue 15）：/read、对每份提交意见的审议、/tags，以及
## 一国联络人收到的答复。键为固定标识，不得重复使用。

help-review =
    /read：阅读并审议一份提交的意见
    /tags：讨论文件的论题

review-read-usage = 请在 /read 之后注明所提交意见的编号，例如：/read { $example }
review-read-not-found = 没有编号为{ $reference }的提交意见。
review-unknown-person = （不详）
review-none-value = 无

## 国家所发送的提交意见。
review-card-title = { $reference }：{ $country }
review-card-version = 第{ $version }版（共{ $versions }版），由{ $author }于{ $time }提交
review-card-consultation = 磋商：{ $title }
review-card-withdrawn = 该国已于{ $time }撤回。
review-card-topic = 议题：{ $topic }
review-card-type = 意见类型：{ $type }
review-card-paragraph = 文件第{ $number }段：
review-card-no-paragraph = 段落：无（一般性意见）
review-card-language = 检测到的语文：{ $detected }
review-card-language-confidence = 检测到的语文：{ $detected }（置信度：{ $percent }%）
review-card-language-unknown = 检测到的语文：未确定
review-card-comment = 意见（{ $length }个字符）：
review-card-proposed = 拟议案文：
review-card-no-proposed = 拟议案文：无
review-card-attachments = 附件（{ $count }）：{ $names }
review-card-no-attachments = 附件：无

## 审议情况。
review-status-received = 已收到
review-status-under_review = 审议中
review-status-addressed = 已处理
review-status-noted = 已注意到，不采取行动
review-card-status = 审议状态：{ $status }
review-card-status-by = 审议状态：{ $status }（由{ $officer }于{ $time }设定）
review-card-reopened = 该国在审议后修订了这份提交意见（第{ $version }版），因此其状态已由“{ $previous }”恢复为“已收到”。
review-card-tags = 论题：{ $tags }
review-card-no-tags = 论题：无
review-card-notes = 内部说明：{ $notes }；给该国的答复：{ $replies }
review-status-set = { $reference }：{ $status }

## 按钮。
review-btn-tags = 论题
review-btn-note = 添加内部说明
review-btn-reply = 答复该国
review-btn-notes = 说明和答复
review-btn-versions = 各版本及修改
review-btn-files = 附件（{ $count }）
review-btn-country = { $country }的全部提交意见
review-btn-back = 返回该提交意见
review-btn-open = { $reference } · { $topic } · { $status }
review-btn-cancel = 取消
review-btn-send-reply = 发送答复
review-btn-new-tag = 新论题
review-btn-rename-tag = 重新命名“{ $name }”

## 一国的提交意见。
review-country-title = { $country }的提交意见。请选择一份阅读：
review-country-none = { $country }目前没有提交意见。

## 附件。
review-file-caption = { $reference }，第{ $version }版：{ $name }
review-file-missing = 附件库中已无文件“{ $name }”。
review-files-none = { $reference }的现行版本没有附件。

## 各版本及修改之处。
review-versions-title = { $reference }：共{ $count }版
review-version-heading = 第{ $version }版，由{ $author }于{ $time }提交
review-version-first = 首次提交的版本。
review-change-none = 内容没有改动；该提交意见按原样重新发送。
review-change-topic = 议题已修改：{ $before } → { $after }
review-change-type = 意见类型已修改：{ $before } → { $after }
review-change-paragraph = 段落已修改：{ $before } → { $after }
review-change-attachments = 附件已修改：{ $before } → { $after }
review-change-comment = 意见已修改：
review-change-proposed = 拟议案文已修改：
review-change-removed = − 删除：{ $text }
review-change-added = + 增加：{ $text }
review-history-title = 审议状态的历史：
review-history-officer = { $time }：{ $previous } → { $status }，由{ $person }设定（第{ $version }版）
review-history-revised = { $time }：{ $previous } → { $status }，因该国修订了提交意见（第{ $version }版）

## 说明和答复。
review-notes-title = { $reference }：内部说明和给该国的答复
review-notes-none = 尚无内部说明，也无答复。
review-note-line = { $author }的内部说明，{ $time }（第{ $version }版）：
review-reply-line = { $author }的答复，{ $time }（第{ $version }版），已发送给{ $count }位联络人：
review-note-ask = 请输入关于{ $reference }的内部说明。内部说明仅供秘书处查看，联络人绝不会看到。如需停止，请按“取消”或发送 /cancel。
review-note-saved = 关于{ $reference }的内部说明已保存。
review-reply-ask = 请输入就{ $reference }给{ $country }的答复。答复将发送给该国{ $count }位经批准的联络人（{ $languages }），每人收到的标题使用其本人的语文；您的案文按原样发送。如需停止，请按“取消”或发送 /cancel。
review-reply-ask-nobody = { $country }目前没有经批准的联络人：关于{ $reference }的答复将与提交意见一并保存，但不会发送给任何人。请输入答复，或按“取消”。
review-reply-preview = 就{ $reference }给{ $country }的答复，将发送给{ $count }位联络人（{ $languages }）：

    { $text }
review-reply-queued = 关于{ $reference }的答复正在发送给{ $country }的{ $count }位联络人，并已与提交意见一并保存。
review-reply-kept = 关于{ $reference }的答复已与提交意见一并保存；{ $country }没有可接收答复的经批准联络人。
review-type-text = 请以消息形式输入案文，或发送 /cancel。
review-use-buttons = 请使用预览下方的按钮，或发送 /cancel。
review-cancelled = 已取消；未保存任何内容。
review-draft-gone = 此步骤已不再开放。请从该提交意见重新开始。

## 联络人收到的内容。
review-reply-message = 秘书处已答复贵方提交的意见{ $reference }（{ $consultation }）：

    { $text }

## 论题。
review-tags-title = { $reference }的论题。按下论题即可添加或移除：
review-tags-none-yet = 秘书处尚未为本次磋商设立论题。请为{ $reference }设立第一个论题。
review-tags-list-title = 讨论文件的论题：{ $title }（{ $count }）
review-tags-list-empty = 尚无论题。
review-tags-list-line = • { $name }：{ $count }份提交意见
review-tag-ask-name = 请用{ $name }输入新论题的名称。也可添加其他正式语文的名称，每行一个，行首注明语文代码，例如：fr：Financement
review-tag-ask-rename = 请用{ $name }输入“{ $tag }”的新名称，或其他正式语文的名称，每行一个，行首注明语文代码（ar、zh、en、fr、ru、es）。
review-tag-created = 论题“{ $name }”已设立。
review-tag-renamed = 论题现名为“{ $name }”。
review-unknown-consultation = 不存在第{ $number }号磋商。/consultations 列出各项磋商。

## 不能接受的内容。
review-error-note-empty = 说明为空。请输入案文。
review-error-note-too-long = 说明最多{ $max }个字符；本说明有{ $length }个字符。请予以缩短。
review-error-reply-empty = 答复为空。请输入案文。
review-error-reply-too-long = 答复最多{ $max }个字符；本答复有{ $length }个字符。请予以缩短。
review-error-tag-empty = 名称为空。请输入论题名称。
review-error-tag-too-long = 论题名称最多{ $max }个字符。请予以缩短。
review-error-tag-taken = 本次磋商的另一论题已使用此名称。请另选名称。
review-error-tag-language = 行首只能使用六种正式语文的代码：ar、zh、en、fr、ru、es。
review-error-tag-lines = 不带语文代码的名称至多一个；其他各行请在行首注明代码，例如：fr：Financement

## 导出（XLSX、CSV、JSON Lines、DOCX汇编）及 /export 的筛选条件。
review-col-title = 头衔
review-col-name = 姓名
review-col-email = 电子邮件
review-col-status = 审议状态
review-col-themes = 论题
review-col-notes = 内部说明
review-col-replies = 给该国的答复
review-docx-col-response = 秘书处的答复
review-export-entry = { $time }，{ $author }：{ $text }
review-filter-themes = 论题：{ $value }
review-filter-notes = 包括内部说明和答复（仅供秘书处使用）
review-export-btn-themes = 论题
review-export-btn-notes-off = 说明和答复：否
review-export-btn-notes-on = 说明和答复：是
review-export-pick-tags = 请勾选要包括的论题（未勾选任何论题：包括所有提交意见，无论有无论题）。
review-export-no-tags = 秘书处尚未为本次磋商设立论题（可用 /tags 设立）。

## 联络人所见的提交意见（/mycomments）：与之一并保存的答复。
review-mycomments-reply = 秘书处的答复，{ $time }：
    { $text }

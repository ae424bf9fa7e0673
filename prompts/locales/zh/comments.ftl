## 意见：/comment（撰写、预览、回执），/mycomments（修订、撤回），/verify。

## 开始和日期

comment-intro = { $title }
    您即将代表贵国提交意见。我们将分六个简短步骤引导您完成；您输入的所有内容都会随时保存，提交前您可以全部核对。
comment-closed = 感谢您的关注。磋商已于{ $deadline }截止：不能再提交或修改意见。如需更多时间，请与秘书处联系，秘书处可以延长截止日期。
comment-not-open = 磋商尚未开始：自{ $opens }起可以提交意见。

## 各个步骤

comment-ask-topic = 第1步（共6步）。您的意见涉及哪个议题？
comment-ask-type = 第2步（共6步）。这是哪一类意见？（议题：{ $topic }）
comment-ask-paragraph = 第3步（共6步）。您的意见是否针对报告《{ $document }》的某一具体段落？请选择或输入段落编号（{ $first }至{ $last }），或按“无具体段落”。
comment-paragraph-shown = 报告第{ $number }段：
    { $text }
comment-paragraph-invalid = 报告中没有“{ $input }”段。请选择{ $first }至{ $last }之间的编号，或按“无具体段落”。
comment-paragraph-expected = 请用按钮选择段落，或输入段落编号。
comment-ask-comment = 第4步（共6步）。请输入您的意见。较长的文本可分几条消息发送，系统将按顺序合并。最大长度：{ $max }个字符。
comment-ask-new-comment = 请发送意见的新文本，它将替换现有文本（{ $length }个字符）。最大长度：{ $max }个字符。您也可以保留现有文本。
comment-part-received = 已收到。您的意见现有{ $length }个字符（最多{ $max }个）；消息条数：{ $parts }。您可以继续发送文本，或按“我的意见已写完”。
comment-too-long = 此条消息未被添加：加上它，您的意见将达到{ $length }个字符，超过{ $max }个字符的上限。此前收到的{ $current }个字符均已保留。请发送较短的文本，或在附件步骤中附上较长的文件。
comment-empty = 此条消息为空。请输入文本。
comment-need-text = 您的意见仍为空。请先输入意见再继续。
comment-ask-proposed = 第5步（共6步）。如您为报告提出替换案文，请现在用一条消息发送。否则，请按下方按钮。
comment-proposed-received = 已收到拟议案文（{ $length }个字符）。
comment-proposed-too-long = 此拟议案文有{ $length }个字符，超过{ $max }个字符的上限。请发送较短的文本。
comment-ask-attachments = 第6步（共6步）。您可以附上文件：PDF、DOC、DOCX 或 ODT 格式，每个不超过20 MB，最多{ $max_files }个。请现在以文件形式发送。已附文件数：{ $count }。
comment-size-kb = { $size } KB
comment-file-received = 已收到文件：{ $name }（{ $size }）。
    SHA-256：{ $sha256 }
comment-file-type = 无法接受文件“{ $name }”：仅接受 PDF、DOC、DOCX 和 ODT 文件（文件名和文件类型均须符合）。请转换后重新发送。
comment-file-too-big = 无法接受文件“{ $name }”：文件超过20 MB，即本机器人可接收的最大文件大小。请发送较小的版本，或通过电子邮件发送给秘书处。
comment-file-empty = 文件“{ $name }”为空。请重新发送。
comment-file-content = 无法接受文件“{ $name }”：其文件名虽显示为 PDF、DOC、DOCX 或 ODT，但内容并非有效的此类文件。请检查文件后重新发送。
comment-file-too-many = 文件“{ $name }”未被添加：每条意见最多可附{ $max_files }个文件。您可以先删除一个。
comment-file-duplicate = 文件“{ $name }”已附上。
comment-file-download-failed = 由于连接问题，未能收到文件“{ $name }”。请重新发送。
comment-file-photo = 不能附上照片。请以文件形式发送您的文件（PDF、DOC、DOCX 或 ODT）。
comment-files-expected = 在此步骤，请以文件形式发送文件，或按下方按钮继续。

## 预览

comment-preview-title = 提交前请核对您的意见。
comment-preview-revision = 这是对{ $reference }的修订：它将作为新版本记录，以前的版本均予保留。
comment-preview-topic = 议题：{ $topic }
comment-preview-type = 类别：{ $type }
comment-preview-paragraph = 报告段落：{ $paragraph }
comment-preview-no-paragraph = 报告段落：无
comment-preview-comment = 意见（{ $length }个字符）：
comment-preview-shortened = （此处为节选；将记录全文）
comment-preview-proposed = 拟议案文：
comment-preview-no-proposed = 拟议案文：无
comment-preview-attachments = 附件（{ $count }）：
comment-preview-no-attachments = 附件：无
comment-preview-question = 现在提交吗？
comment-edit-which = 您想修改哪一部分？

## 提交和回执

comment-receipt = 谢谢。您的意见已记录。
    编号：{ $reference }
    版本：{ $version }
    记录时间：{ $time }
    数字指纹（SHA-256）：{ $fingerprint }
    请保留此回执。您可随时发送 /verify { $reference }，核对所存内容是否仍具有此指纹。贵国任何联络人均可通过 /mycomments 查看。
comment-receipt-revision = 谢谢。贵国意见的新版本已记录；以前的版本均予保留。
    编号：{ $reference }
    版本：{ $version }
    记录时间：{ $time }
    数字指纹（SHA-256）：{ $fingerprint }
    您可随时发送 /verify { $reference }，核对所存内容是否仍具有此指纹。
comment-receipt-repeat = 编号：{ $reference }
    版本：{ $version }
    记录时间：{ $time }
    数字指纹（SHA-256）：{ $fingerprint }
comment-already-submitted = 此意见已经提交，并且只记录了一次。以下再次提供其回执。
comment-concurrent-revision = 请注意：在您修改期间，贵国另一位联络人也修订了{ $reference }。两个版本均予保留；您的版本为第{ $version }版。您可在 /mycomments 中进行比较。
comment-submit-withdrawn = 在您修改期间，贵国一位联络人撤回了{ $reference }，因此不能再修订。您的文本已保留：您可以将其作为新意见提交。
comment-incomplete = 您的意见缺少某些必填部分。请补充完整。

## 草稿、取消、继续

comment-no-draft = 您没有正在撰写的意见。发送 /comment 即可开始。
comment-draft-open = 您有一条未完成的意见（议题：{ $topic }；{ $length }个字符；最后保存于{ $saved }）。您要继续撰写，还是放弃并重新开始？
comment-draft-open-revision = 您有一项未完成的{ $reference }修订（最后保存于{ $saved }）。您要继续，还是放弃并重新开始？
comment-resumed = 让我们从您上次停下的地方继续。
comment-cancel-confirm = 您确定要放弃此草稿吗？您为其输入的所有内容都将被删除。
comment-discarded = 您的草稿已删除。
comment-draft-kept-continue = 您的草稿已保留。我们继续。
comment-revise-intro = 您正在修订{ $reference }。修订以现有文本为基础；请用“修改”更改任何部分，然后作为第{ $version }版提交。
comment-revise-unavailable = 无法查看此意见。
comment-revise-withdrawn = { $reference }已撤回，不能再修订。

## 无效输入

comment-button-stale = 此按钮属于之前的步骤。未作任何更改；以下再次提出当前的问题。
comment-text-only = 在此步骤，我只能读取输入的文本。您的草稿已保留；请输入您的回答。
comment-use-buttons = 请使用下方按钮回答。您的草稿已保留。

## 按钮

comment-btn-no-paragraph = 无具体段落
comment-btn-comment-done = 我的意见已写完
comment-btn-keep-comment = 保留现有文本
comment-btn-skip-proposed = 无拟议案文
comment-btn-keep-proposed = 保留拟议案文
comment-btn-remove-proposed = 删除拟议案文
comment-btn-no-attachment = 无附件
comment-btn-files-done = 继续
comment-btn-remove-file = 删除{ $name }
comment-btn-submit = 提交
comment-btn-full-text = 显示全文
comment-btn-edit = 修改
comment-btn-cancel = 取消
comment-btn-edit-topic = 议题
comment-btn-edit-type = 类别
comment-btn-edit-paragraph = 段落
comment-btn-edit-comment = 意见
comment-btn-edit-proposed = 拟议案文
comment-btn-edit-attachments = 附件
comment-btn-back-to-preview = 返回预览
comment-btn-continue = 继续撰写草稿
comment-btn-start-new = 放弃并重新开始
comment-btn-discard = 是，放弃
comment-btn-keep-draft = 否，保留
comment-btn-submit-as-new = 作为新意见提交

## /mycomments

mycomments-title = { $country }提交的意见。提交数：{ $count }。请选择一项进行查看、修订或撤回。
mycomments-none = { $country }尚未提交任何意见。发送 /comment 即可提交。
mycomments-item = { $reference } · { $topic } · 第{ $version }版
mycomments-item-withdrawn = { $reference } · { $topic } · 已撤回
mycomments-detail = { $reference }：第{ $version }版（共{ $versions }版）
    状态：{ $status }
    议题：{ $topic }
    类别：{ $type }
    报告段落：{ $paragraph }
    提交人：{ $author }，{ $time }
    检测到的语文：{ $detected }
    附件：{ $attachments }
    数字指纹（SHA-256）：{ $fingerprint }
mycomments-excerpt = 意见（{ $length }个字符）：
mycomments-proposed = 拟议案文：
mycomments-status-submitted = 已提交
mycomments-status-withdrawn = 已于{ $time }撤回
mycomments-none-value = 无
mycomments-none-attachments = 无
mycomments-language-und = 未确定
mycomments-unknown-author = 一位联络人
mycomments-version-line = 第{ $version }版：{ $time }，{ $author }
    指纹：{ $fingerprint }
mycomments-versions-title = { $reference }的所有版本：
mycomments-withdraw-confirm = 您确定要撤回{ $reference }吗？它将保留在记录中并标记为已撤回，秘书处将不予审议。
mycomments-withdrawn = { $reference }已撤回。它保留在记录中，并标记为已撤回。
mycomments-already-withdrawn = { $reference }此前已被撤回。
mycomments-unavailable = 无法查看此意见。
mycomments-closed = 磋商已于{ $deadline }截止：不能再修订或撤回意见。如有需要，请与秘书处联系。
mycomments-btn-full = 全文
mycomments-btn-versions = 所有版本
mycomments-btn-revise = 修订
mycomments-btn-withdraw = 撤回
mycomments-btn-back = 返回列表
mycomments-btn-withdraw-yes = 是，撤回
mycomments-btn-withdraw-no = 否，保留

## /verify

verify-usage = 请在命令后附上编号，例如：/verify { $example }
verify-not-found = 您无法查看编号为{ $reference }的意见。
verify-intact = { $reference }：所存内容仍与其指纹相符。
verify-altered = 警告：{ $reference }与当初记录的内容不再相符。请保留您的回执并与秘书处联系。
verify-version-ok = 第{ $version }版：✓ 未更改
    指纹：{ $fingerprint }
verify-version-altered = 第{ $version }版：✗ 已被更改
    记录的指纹：{ $fingerprint }
    现存内容的指纹：{ $computed }
verify-files-altered = 第{ $version }版：✗ 某一附件已被更改或缺失。
verify-withdrawn = 此意见已于{ $time }撤回。

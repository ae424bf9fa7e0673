## التعليقات: /comment (الكتابة والمعاينة والإيصال)، /mycomments (التنقيح والسحب)، /verify.

## البدء والمواعيد

comment-intro = { $title }
    أنتم على وشك تقديم تعليق باسم بلدكم. وسنرشدكم عبر ست خطوات قصيرة؛ ويُحفظ كل ما تدخلونه أولاً بأول، ويمكنكم مراجعة كل شيء قبل التقديم.
comment-closed = نشكركم على اهتمامكم. لقد أُغلق باب المشاورة في { $deadline }: ولم يعد من الممكن تقديم التعليقات أو تعديلها. وإذا احتجتم إلى مزيد من الوقت، يُرجى الاتصال بالأمانة، التي يمكنها تمديد الموعد النهائي.
comment-not-open = لم يُفتح باب المشاورة بعد: ويمكن تقديم التعليقات ابتداءً من { $opens }.

## الخطوات

comment-ask-topic = الخطوة 1 من 6. ما الموضوع الذي يتناوله تعليقكم؟
comment-ask-type = الخطوة 2 من 6. ما نوع التعليق؟ (الموضوع: { $topic })
comment-ask-paragraph = الخطوة 3 من 6. هل يشير تعليقكم إلى فقرة معينة من التقرير «{ $document }»؟ يُرجى اختيار رقمها (من { $first } إلى { $last }) أو كتابته، أو الضغط على «لا فقرة محددة».
comment-paragraph-shown = الفقرة { $number } من التقرير:
    { $text }
comment-paragraph-invalid = لا توجد في التقرير فقرة «{ $input }». يُرجى اختيار رقم من { $first } إلى { $last }، أو الضغط على «لا فقرة محددة».
comment-paragraph-expected = يُرجى اختيار الفقرة باستخدام الأزرار، أو كتابة رقمها.
comment-ask-comment = الخطوة 4 من 6. يُرجى كتابة تعليقكم. ويمكن إرسال النص الطويل في عدة رسائل: وستُجمع بترتيبها. الحد الأقصى لعدد الأحرف: { $max }.
comment-ask-new-comment = يُرجى إرسال النص الجديد لتعليقكم: وسيحل محل النص الحالي (عدد الأحرف: { $length }). الحد الأقصى لعدد الأحرف: { $max }. ويمكنكم أيضاً الإبقاء على النص الحالي.
comment-part-received = تم الاستلام. عدد أحرف تعليقكم الآن: { $length } (الحد الأقصى: { $max })؛ عدد الرسائل: { $parts }. ويمكنكم إرسال مزيد من النص لمواصلته، أو الضغط على «اكتمل تعليقي».
comment-too-long = لم تُضف هذه الرسالة: إذ سيبلغ عدد أحرف تعليقكم بإضافتها { $length }، وهو ما يتجاوز الحد الأقصى البالغ { $max }. وقد احتُفظ بالنص الذي ورد من قبل (عدد الأحرف: { $current }). يُرجى إرسال نص أقصر، أو إرفاق وثيقة أطول في خطوة المرفقات.
comment-empty = هذه الرسالة فارغة. يُرجى كتابة النص.
comment-need-text = لا يزال تعليقكم فارغاً. يُرجى كتابته قبل المتابعة.
comment-ask-proposed = الخطوة 5 من 6. إذا كنتم تقترحون نصاً بديلاً للتقرير، يُرجى إرساله الآن في رسالة واحدة. وإلا، يُرجى الضغط على الزر أدناه.
comment-proposed-received = تم استلام النص المقترح (عدد الأحرف: { $length }).
comment-proposed-too-long = عدد أحرف هذا النص المقترح { $length }، وهو ما يتجاوز الحد الأقصى البالغ { $max }. يُرجى إرسال نص أقصر.
comment-ask-attachments = الخطوة 6 من 6. يمكنكم إرفاق وثائق بصيغة PDF أو DOC أو DOCX أو ODT، لا يتجاوز حجم كل منها 20 ميغابايت، على ألا يتجاوز عددها { $max_files }. يُرجى إرسالها الآن كملفات. عدد الوثائق المرفقة: { $count }.
comment-size-kb = { $size } كيلوبايت
comment-file-received = تم استلام الوثيقة: { $name } ({ $size }).
    SHA-256: { $sha256 }
comment-file-type = لا يمكن قبول الملف «{ $name }»: لا تُقبل إلا وثائق PDF وDOC وDOCX وODT (ويجب أن يدل على ذلك كل من اسم الملف ونوعه). يُرجى تحويله وإرساله مرة أخرى.
comment-file-too-big = لا يمكن قبول الملف «{ $name }»: إذ يتجاوز حجمه 20 ميغابايت، وهو أكبر حجم يمكن للروبوت استلامه. يُرجى إرسال نسخة أصغر، أو إرساله إلى الأمانة بالبريد الإلكتروني.
comment-file-empty = الملف «{ $name }» فارغ. يُرجى إرساله مرة أخرى.
comment-file-content = لا يمكن قبول الملف «{ $name }»: فمحتواه ليس وثيقة PDF أو DOC أو DOCX أو ODT صالحة، وإن دل اسمه على ذلك. يُرجى التحقق من الملف وإرساله مرة أخرى.
comment-file-too-many = لم يُضف الملف «{ $name }»: إذ لا يجوز أن يتجاوز عدد الوثائق المرفقة بالتعليق { $max_files }. ويمكنكم حذف إحداها أولاً.
comment-file-duplicate = الملف «{ $name }» مرفق بالفعل.
comment-file-download-failed = تعذر استلام الملف «{ $name }» بسبب مشكلة في الاتصال. يُرجى إرساله مرة أخرى.
comment-file-photo = لا يمكن إرفاق الصور. يُرجى إرسال وثيقتكم كملف (PDF أو DOC أو DOCX أو ODT).
comment-files-expected = في هذه الخطوة، يُرجى إرسال الوثائق كملفات، أو الضغط على الزر أدناه للمتابعة.

## المعاينة

comment-preview-title = يُرجى مراجعة تعليقكم قبل تقديمه.
comment-preview-revision = هذا تنقيح لـ { $reference }: وسيُسجَّل بوصفه نسخة جديدة، مع الاحتفاظ بالنسخ السابقة.
comment-preview-topic = الموضوع: { $topic }
comment-preview-type = النوع: { $type }
comment-preview-paragraph = فقرة التقرير: { $paragraph }
comment-preview-no-paragraph = فقرة التقرير: لا توجد
comment-preview-comment = التعليق (عدد الأحرف: { $length }):
comment-preview-shortened = (مختصر هنا؛ وسيُسجَّل النص الكامل)
comment-preview-proposed = النص المقترح:
comment-preview-no-proposed = النص المقترح: لا يوجد
comment-preview-attachments = المرفقات ({ $count }):
comment-preview-no-attachments = المرفقات: لا توجد
comment-preview-question = هل تودون تقديمه الآن؟
comment-edit-which = ما الجزء الذي تودون تعديله؟

## التقديم والإيصال

comment-receipt = شكراً لكم. لقد سُجِّل تعليقكم.
    الرقم المرجعي: { $reference }
    النسخة: { $version }
    تاريخ التسجيل: { $time }
    البصمة الرقمية (SHA-256): { $fingerprint }
    يُرجى الاحتفاظ بهذا الإيصال. ويمكنكم إرسال /verify { $reference } في أي وقت للتحقق من أن ما هو محفوظ لا يزال يحمل هذه البصمة. ويمكن لأي جهة اتصال في بلدكم الاطلاع عليه باستخدام /mycomments.
comment-receipt-revision = شكراً لكم. لقد سُجِّلت النسخة الجديدة من تعليق بلدكم؛ مع الاحتفاظ بالنسخ السابقة.
    الرقم المرجعي: { $reference }
    النسخة: { $version }
    تاريخ التسجيل: { $time }
    البصمة الرقمية (SHA-256): { $fingerprint }
    ويمكنكم إرسال /verify { $reference } في أي وقت للتحقق من أن ما هو محفوظ لا يزال يحمل هذه البصمة.
comment-receipt-repeat = الرقم المرجعي: { $reference }
    النسخة: { $version }
    تاريخ التسجيل: { $time }
    البصمة الرقمية (SHA-256): { $fingerprint }
comment-already-submitted = سبق تقديم هذا التعليق؛ وقد سُجِّل مرة واحدة فقط. وفيما يلي إيصاله مرة أخرى.
comment-concurrent-revision = يُرجى العلم بأن جهة اتصال أخرى في بلدكم قد نقحت أيضاً { $reference } أثناء قيامكم بالتعديل. وقد احتُفظ بالنسختين كلتيهما؛ ونسختكم هي النسخة { $version }. ويمكنكم المقارنة بينهما في /mycomments.
comment-submit-withdrawn = سحبت جهة اتصال في بلدكم { $reference } أثناء قيامكم بالتعديل، ولذلك لم يعد من الممكن تنقيحه. وقد احتُفظ بنصكم: ويمكنكم تقديمه بوصفه تعليقاً جديداً.
comment-incomplete = تنقص تعليقكم بعض الأجزاء المطلوبة. يُرجى استكمالها.

## المسودات والإلغاء والاستئناف

comment-no-draft = ليس لديكم تعليق قيد الكتابة. أرسلوا /comment للبدء.
comment-draft-open = لديكم تعليق لم يكتمل (الموضوع: { $topic }؛ عدد الأحرف: { $length }؛ آخر حفظ: { $saved }). هل تودون مواصلته، أم حذفه والبدء من جديد؟
comment-draft-open-revision = لديكم تنقيح لم يكتمل لـ { $reference } (آخر حفظ: { $saved }). هل تودون مواصلته، أم حذفه والبدء من جديد؟
comment-resumed = لنواصل من حيث توقفتم.
comment-cancel-confirm = هل تودون فعلاً حذف هذه المسودة؟ سيُحذف كل ما أدخلتموه فيها.
comment-discarded = حُذفت مسودتكم.
comment-draft-kept-continue = احتُفظ بمسودتكم. لنواصل.
comment-revise-intro = أنتم تنقحون { $reference }. ويبدأ التنقيح من النص الحالي؛ يمكنكم تعديل أي جزء باستخدام «تعديل»، ثم تقديمه بوصفه النسخة { $version }.
comment-revise-unavailable = هذه المساهمة غير متاحة.
comment-revise-withdrawn = سُحب { $reference } ولم يعد من الممكن تنقيحه.

## المدخلات غير الصالحة

comment-button-stale = هذا الزر يخص خطوة سابقة. لم يتغير شيء؛ وفيما يلي السؤال الحالي مرة أخرى.
comment-text-only = في هذه الخطوة، لا يمكنني قراءة إلا النص المكتوب. وقد احتُفظ بمسودتكم؛ يُرجى كتابة إجابتكم.
comment-use-buttons = يُرجى الإجابة باستخدام الأزرار أدناه. وقد احتُفظ بمسودتكم.

## الأزرار

comment-btn-no-paragraph = لا فقرة محددة
comment-btn-comment-done = اكتمل تعليقي
comment-btn-keep-comment = الإبقاء على النص الحالي
comment-btn-skip-proposed = لا يوجد نص مقترح
comment-btn-keep-proposed = الإبقاء على النص المقترح
comment-btn-remove-proposed = حذف النص المقترح
comment-btn-no-attachment = لا توجد مرفقات
comment-btn-files-done = متابعة
comment-btn-remove-file = حذف { $name }
comment-btn-submit = تقديم
comment-btn-full-text = عرض النص الكامل
comment-btn-edit = تعديل
comment-btn-cancel = إلغاء
comment-btn-edit-topic = الموضوع
comment-btn-edit-type = النوع
comment-btn-edit-paragraph = الفقرة
comment-btn-edit-comment = التعليق
comment-btn-edit-proposed = النص المقترح
comment-btn-edit-attachments = المرفقات
comment-btn-back-to-preview = العودة إلى المعاينة
comment-btn-continue = مواصلة المسودة
comment-btn-start-new = حذفها والبدء من جديد
comment-btn-discard = نعم، احذفوها
comment-btn-keep-draft = لا، احتفظوا بها
comment-btn-submit-as-new = تقديمه بوصفه تعليقاً جديداً

## /mycomments

mycomments-title = التعليقات المقدمة باسم { $country }. عدد المساهمات: { $count }. يُرجى اختيار إحداها للاطلاع عليها أو تنقيحها أو سحبها.
mycomments-none = لم يُقدَّم بعد أي تعليق باسم { $country }. أرسلوا /comment لتقديم تعليق.
mycomments-item = { $reference } · { $topic } · النسخة { $version }
mycomments-item-withdrawn = { $reference } · { $topic } · مسحوب
mycomments-detail = { $reference } — النسخة { $version } من { $versions }
    الحالة: { $status }
    الموضوع: { $topic }
    النوع: { $type }
    فقرة التقرير: { $paragraph }
    قدمه: { $author }، في { $time }
    اللغة المكتشفة: { $detected }
    المرفقات: { $attachments }
    البصمة الرقمية (SHA-256): { $fingerprint }
mycomments-excerpt = التعليق (عدد الأحرف: { $length }):
mycomments-proposed = النص المقترح:
mycomments-status-submitted = مقدَّم
mycomments-status-withdrawn = سُحب في { $time }
mycomments-none-value = لا يوجد
mycomments-none-attachments = لا توجد
mycomments-language-und = غير محددة
mycomments-unknown-author = جهة اتصال
mycomments-version-line = النسخة { $version }: { $time }، { $author }
    البصمة: { $fingerprint }
mycomments-versions-title = جميع نسخ { $reference }:
mycomments-withdraw-confirm = هل تودون فعلاً سحب { $reference }؟ سيبقى في السجل مع الإشارة إلى أنه مسحوب، ولن تنظر فيه الأمانة.
mycomments-withdrawn = سُحب { $reference }. ويبقى في السجل مع الإشارة إلى أنه مسحوب.
mycomments-already-withdrawn = سبق سحب { $reference }.
mycomments-unavailable = هذه المساهمة غير متاحة.
mycomments-closed = أُغلق باب المشاورة في { $deadline }: ولم يعد من الممكن تنقيح المساهمات أو سحبها. يُرجى الاتصال بالأمانة عند الاقتضاء.
mycomments-btn-full = النص الكامل
mycomments-btn-versions = جميع النسخ
mycomments-btn-revise = تنقيح
mycomments-btn-withdraw = سحب
mycomments-btn-back = العودة إلى القائمة
mycomments-btn-withdraw-yes = نعم، اسحبوه
mycomments-btn-withdraw-no = لا، احتفظوا به

## /verify

verify-usage = يُرجى إرسال الرقم المرجعي مع الأمر، مثلاً: /verify { $example }
verify-not-found = لا تتاح لكم أي مساهمة تحمل الرقم المرجعي { $reference }.
verify-intact = { $reference }: لا يزال ما هو محفوظ مطابقاً لبصماته.
verify-altered = تنبيه: لم يعد { $reference } مطابقاً لما سُجِّل. يُرجى الاحتفاظ بإيصالكم والاتصال بالأمانة.
verify-version-ok = النسخة { $version }: ✓ دون تغيير
    البصمة: { $fingerprint }
verify-version-altered = النسخة { $version }: ✗ مُعدَّلة
    البصمة المسجلة: { $fingerprint }
    بصمة ما هو محفوظ الآن: { $computed }
verify-files-altered = النسخة { $version }: ✗ إحدى الوثائق المرفقة تغيرت أو فُقدت.
verify-withdrawn = سُحبت هذه المساهمة في { $time }.

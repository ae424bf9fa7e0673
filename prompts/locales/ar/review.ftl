## حيز عمل الأمانة (issue 15): /read واستعراض كل مساهمة و/tags والرد
## الذي تتلقاه جهات الاتصال في الدولة. المفاتيح معرِّفات ثابتة.

help-review =
    /read: قراءة مساهمة واستعراضها
    /tags: محاور ورقة المناقشة

review-read-usage = يُرجى ذكر الرقم المرجعي للمساهمة بعد /read، مثلاً: /read { $example }
review-read-not-found = لا توجد مساهمة تحمل الرقم المرجعي { $reference }.
review-unknown-person = (غير معروف)
review-none-value = لا يوجد

## المساهمة كما أرسلها البلد.
review-card-title = { $reference }: { $country }
review-card-version = النسخة { $version } من { $versions }، قدمها { $author } في { $time }
review-card-consultation = المشاورة: { $title }
review-card-withdrawn = سحبها البلد في { $time }.
review-card-topic = الموضوع: { $topic }
review-card-type = نوع التعليق: { $type }
review-card-paragraph = الفقرة { $number } من الوثيقة:
review-card-no-paragraph = الفقرة: لا توجد (تعليق عام)
review-card-language = اللغة المكتشفة: { $detected }
review-card-language-confidence = اللغة المكتشفة: { $detected } (درجة الثقة: { $percent } في المائة)
review-card-language-unknown = اللغة المكتشفة: غير محددة
review-card-comment = التعليق (عدد الأحرف: { $length }):
review-card-proposed = النص المقترح:
review-card-no-proposed = النص المقترح: لا يوجد
review-card-attachments = المرفقات ({ $count }): { $names }
review-card-no-attachments = المرفقات: لا توجد

## حالة الاستعراض.
review-status-received = وردت
review-status-under_review = قيد الاستعراض
review-status-addressed = عولجت
review-status-noted = أُحيط بها علماً دون اتخاذ إجراء
review-card-status = حالة الاستعراض: { $status }
review-card-status-by = حالة الاستعراض: { $status } (حددها { $officer } في { $time })
review-card-reopened = نقّح البلد هذه المساهمة بعد استعراضها (النسخة { $version })، ولذلك أُعيدت حالتها من «{ $previous }» إلى «وردت».
review-card-tags = المحاور: { $tags }
review-card-no-tags = المحاور: لا توجد
review-card-notes = الملاحظات الداخلية: { $notes }؛ الردود على البلد: { $replies }
review-status-set = { $reference }: { $status }

## الأزرار.
review-btn-tags = المحاور
review-btn-note = إضافة ملاحظة داخلية
review-btn-reply = الرد على البلد
review-btn-notes = الملاحظات والردود
review-btn-versions = النسخ والتغييرات
review-btn-files = المرفقات ({ $count })
review-btn-country = جميع مساهمات { $country }
review-btn-back = العودة إلى المساهمة
review-btn-open = { $reference } · { $topic } · { $status }
review-btn-cancel = إلغاء
review-btn-send-reply = إرسال الرد
review-btn-new-tag = محور جديد
review-btn-rename-tag = تغيير اسم «{ $name }»

## مساهمات الدولة.
review-country-title = مساهمات { $country }. يُرجى اختيار مساهمة لقراءتها:
review-country-none = ليس لدى { $country } أي مساهمة قائمة.

## المرفقات.
review-file-caption = { $reference }، النسخة { $version }: { $name }
review-file-missing = لم يعد الملف «{ $name }» موجوداً في مخزن المرفقات.
review-files-none = لا توجد مرفقات في النسخة الحالية من { $reference }.

## النسخ وما تغير فيها.
review-versions-title = { $reference }: عدد النسخ: { $count }
review-version-heading = النسخة { $version }، قدمها { $author } في { $time }
review-version-first = كما قُدمت أول مرة.
review-change-none = لم يتغير المضمون؛ وأُعيد إرسال المساهمة كما هي.
review-change-topic = تغير الموضوع: { $before } ← { $after }
review-change-type = تغير نوع التعليق: { $before } ← { $after }
review-change-paragraph = تغيرت الفقرة: { $before } ← { $after }
review-change-attachments = تغيرت المرفقات: { $before } ← { $after }
review-change-comment = تغير التعليق:
review-change-proposed = تغير النص المقترح:
review-change-removed = − حُذف: { $text }
review-change-added = + أُضيف: { $text }
review-history-title = سجل حالة الاستعراض:
review-history-officer = { $time }: { $previous } ← { $status }، حددها { $person } (النسخة { $version })
review-history-revised = { $time }: { $previous } ← { $status }، لأن البلد نقّح المساهمة (النسخة { $version })

## الملاحظات والردود.
review-notes-title = { $reference }: الملاحظات الداخلية والردود على البلد
review-notes-none = لا توجد ملاحظات داخلية ولا ردود حتى الآن.
review-note-line = ملاحظة داخلية من { $author }، { $time } (النسخة { $version }):
review-reply-line = رد من { $author }، { $time } (النسخة { $version })، أُرسل إلى جهات الاتصال (عددها: { $count }):
review-note-ask = يُرجى كتابة الملاحظة الداخلية بشأن { $reference }. لا يطلع على الملاحظات الداخلية إلا الأمانة، ولا تطلع عليها جهات الاتصال أبداً. للتوقف، اضغطوا «إلغاء» أو أرسلوا /cancel.
review-note-saved = حُفظت الملاحظة الداخلية بشأن { $reference }.
review-reply-ask = يُرجى كتابة الرد على { $country } بشأن { $reference }. سيُرسل إلى جهات الاتصال المعتمدة في الدولة (عددها: { $count }؛ { $languages })، تحت عنوان بلغة كل منها؛ ويُرسل نصكم كما تكتبونه. للتوقف، اضغطوا «إلغاء» أو أرسلوا /cancel.
review-reply-ask-nobody = ليس لدى { $country } حالياً أي جهة اتصال معتمدة: سيُحفظ الرد بشأن { $reference } مع المساهمة، ولكنه لن يُرسل إلى أحد. يُرجى كتابته، أو الضغط على «إلغاء».
review-reply-preview = الرد على { $country } بشأن { $reference }، وسيُرسل إلى جهات الاتصال (عددها: { $count }؛ { $languages }):

    { $text }
review-reply-queued = يجري إرسال الرد بشأن { $reference } إلى جهات الاتصال في { $country } (عددها: { $count })، وقد حُفظ مع المساهمة.
review-reply-kept = حُفظ الرد بشأن { $reference } مع المساهمة؛ وليس لدى { $country } أي جهة اتصال معتمدة يمكن إرساله إليها.
review-type-text = يُرجى كتابة النص في رسالة، أو إرسال /cancel.
review-use-buttons = يُرجى استخدام الأزرار الواردة تحت المعاينة، أو إرسال /cancel.
review-cancelled = أُلغيت العملية؛ ولم يُحفظ أي شيء.
review-draft-gone = لم تعد هذه الخطوة مفتوحة. يُرجى البدء من جديد من المساهمة.

## ما تتلقاه جهة الاتصال.
review-reply-message = ردت الأمانة على مساهمتكم { $reference } ({ $consultation }):

    { $text }

## المحاور.
review-tags-title = محاور { $reference }. اضغطوا على محور لإضافته أو إزالته:
review-tags-none-yet = ليس لدى الأمانة بعدُ أي محاور لهذه المشاورة. يُرجى إنشاء أول محور لـ { $reference }.
review-tags-list-title = محاور ورقة المناقشة: { $title } ({ $count })
review-tags-list-empty = لا توجد محاور بعد.
review-tags-list-line = • { $name }: عدد المساهمات: { $count }
review-tag-ask-name = يُرجى كتابة اسم المحور الجديد باللغة { $name }. ويمكنكم إضافة اسمه بلغات رسمية أخرى، اسماً في كل سطر، يسبقه رمز اللغة، مثلاً: fr: Financement
review-tag-ask-rename = يُرجى كتابة الاسم الجديد لـ «{ $tag }» باللغة { $name }، أو أسمائه بلغات رسمية أخرى، اسماً في كل سطر، يسبقه رمز اللغة (ar، zh، en، fr، ru، es).
review-tag-created = أُنشئ المحور «{ $name }».
review-tag-renamed = أصبح اسم المحور «{ $name }».
review-unknown-consultation = لا توجد مشاورة رقم { $number }. يعرض الأمر /consultations قائمة المشاورات.

## ما لا يمكن قبوله.
review-error-note-empty = الملاحظة فارغة. يُرجى كتابة نصها.
review-error-note-too-long = لا يجوز أن تتجاوز الملاحظة { $max } حرفاً؛ وعدد أحرف هذه الملاحظة { $length }. يُرجى اختصارها.
review-error-reply-empty = الرد فارغ. يُرجى كتابة نصه.
review-error-reply-too-long = لا يجوز أن يتجاوز الرد { $max } حرفاً؛ وعدد أحرف هذا الرد { $length }. يُرجى اختصاره.
review-error-tag-empty = الاسم فارغ. يُرجى كتابة اسم المحور.
review-error-tag-too-long = لا يجوز أن يتجاوز اسم المحور { $max } حرفاً. يُرجى اختصاره.
review-error-tag-taken = يحمل محور آخر من محاور هذه المشاورة هذا الاسم. يُرجى اختيار اسم آخر.
review-error-tag-language = لا يجوز أن يبدأ السطر إلا برمز إحدى اللغات الرسمية الست: ar، zh، en، fr، ru، es.
review-error-tag-lines = يُرجى ذكر اسم واحد على الأكثر دون رمز لغة؛ وابدأوا الأسطر الأخرى برموزها، مثلاً: fr: Financement

## التصديرات (XLSX وCSV وJSON Lines وتجميع DOCX) ومرشحات /export.
review-col-title = اللقب
review-col-name = الاسم
review-col-email = البريد الإلكتروني
review-col-status = حالة الاستعراض
review-col-themes = المحاور
review-col-notes = الملاحظات الداخلية
review-col-replies = الردود على البلد
review-docx-col-response = رد الأمانة
review-export-entry = { $time }، { $author }: { $text }
review-filter-themes = المحاور: { $value }
review-filter-notes = تشمل الملاحظات الداخلية والردود (للأمانة فقط)
review-export-btn-themes = المحاور
review-export-btn-notes-off = الملاحظات والردود: لا
review-export-btn-notes-on = الملاحظات والردود: نعم
review-export-pick-tags = يُرجى تحديد المحاور المراد إدراجها (إن لم يُحدد أي محور: جميع المساهمات، بمحاور أو بدونها).
review-export-no-tags = ليس لدى الأمانة بعدُ أي محاور لهذه المشاورة (يمكن إنشاؤها بالأمر /tags).

## المساهمة كما تراها جهة الاتصال (/mycomments): الردود المحفوظة معها.
review-mycomments-reply = رد الأمانة، { $time }:
    { $text }

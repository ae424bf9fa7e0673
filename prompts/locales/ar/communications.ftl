## المراسلات (issue 17): مذكرة بست صيغ لغوية، والوثائق المرفقة بها، وموعد إرسالها، والنماذج المحفوظة،
## وسجل كل تعميم وكل تذكير (/broadcasts).

broadcast-kind-template = نموذج محفوظ
broadcast-ask-version = يُرجى كتابة صيغة الرسالة باللغة { $name } (بحد أقصى { $max } حرفاً). وسترسل كما كُتبت تماماً، تحت عنوان بلغة المرسل إليه.
broadcast-versions-format = ويمكن أيضاً إرسال جميع الصيغ دفعة واحدة في وثيقة نصية بسيطة واحدة (.txt، بترميز UTF-8)، على أن توضع كل صيغة تحت سطر لا يحتوي إلا على رمز لغتها بين قوسين معقوفين: [ar]، [zh]، [en]، [fr]، [ru] أو [es].
broadcast-version-saved = حُفظت الصيغة باللغة { $name }.
broadcast-versions-given = الصيغ المقدمة: { $names }
broadcast-versions-missing = الصيغ الناقصة: { $names }
broadcast-versions-all-given = قُدمت الصيغ اللغوية الست جميعها. يُرجى الضغط على «تم» للمتابعة، أو على إحدى اللغات لإعادة كتابة صيغتها.
broadcast-version-button = { $name }
broadcast-version-button-given = ✓ { $name }
broadcast-versions-done = تم
broadcast-version-choose-language = يُرجى أولاً اختيار لغة الصيغة التي تودون كتابتها، باستخدام الأزرار.
broadcast-versions-file-type = لا يمكن قراءة الملف «{ $name }» بوصفه صيغاً لغوية: يُرجى إرسال وثيقة نصية بسيطة (.txt).
broadcast-versions-file-bad = تعذرت قراءة الصيغ من «{ $name }». يجب أن توضع كل صيغة تحت سطر لا يحتوي إلا على رمز لغتها بين قوسين معقوفين، مثل [en] أو [fr]، دون أي نص قبل أول سطر من هذه الأسطر، وأن ترد كل لغة مرة واحدة، وألا تتجاوز كل صيغة { $max } حرفاً.
broadcast-versions-file-read = الصيغ المقروءة من «{ $name }»: { $names }.
broadcast-versions-or-audience = بعد كتابة الصيغ التي تودون تقديمها، يُرجى اختيار المرسل إليهم:

broadcast-templates-title = النماذج المحفوظة:
broadcast-template-line = • { $name } ({ $languages })
broadcast-template-use = استخدام «{ $name }»
broadcast-template-delete = حذف «{ $name }»
broadcast-template-deleted = حُذف النموذج.
broadcast-templates-none = لم يُحفظ أي نموذج بعد. ويمكن حفظ رسالة من صياغتكم نموذجاً من شاشة معاينتها.
broadcast-template-loaded = حُمّل النموذج «{ $name }». ويمكنكم تعديل صيغه أو استكمالها.
broadcast-save-template = الحفظ نموذجاً
broadcast-template-ask-name = يُرجى كتابة اسم لهذا النموذج (بحد أقصى { $max } حرفاً). وسيُستبدل أي نموذج يحمل الاسم نفسه.
broadcast-template-saved = حُفظت صيغ هذه الرسالة بوصفها النموذج «{ $name }».
broadcast-templates-full = تعذر حفظ النموذج: لا يمكن الاحتفاظ بأكثر من { $max } نموذجاً. يُرجى حذف أحدها أولاً.

broadcast-ask-files = يمكنكم إرفاق وثائق بهذه الرسالة (بصيغة PDF أو DOC أو DOCX أو ODT، بحد أقصى { $max })، مثل مذكرة شفوية: يُرجى إرسال كل منها ملفاً. وتُرسل الوثيقة إلى جميع المرسل إليهم، ما لم تضغطوا على زرها لتخصيصها للمرسل إليهم بلغة واحدة.
broadcast-files-attached = الوثائق المرفقة: { $count }
broadcast-file-received = وردت الوثيقة: { $name }.
broadcast-file-language = { $name }: إلى { $audience }
broadcast-file-for-everyone = جميع المرسل إليهم
broadcast-file-remove = إزالة { $name }
broadcast-files-done = متابعة
broadcast-files-none = المتابعة دون وثائق
broadcast-files-only = يُرجى إرسال الوثائق ملفاتٍ، أو الضغط على أحد الأزرار أدناه.
broadcast-files-too-many = لم يُضف الملف «{ $name }»: لا يمكن أن يُرفق بالتعميم الواحد أكثر من الحد الأقصى المسموح به من الوثائق ({ $max_files }).
broadcast-preview-files = الوثائق المرسلة معها: { $names }
broadcast-change-files = إرفاق وثائق أو تغييرها

broadcast-choose-when = متى ينبغي إرسالها؟
broadcast-when-now = الآن
broadcast-when-at = في التاريخ والوقت اللذين أحددهما
broadcast-when-office-hours = في ساعات العمل التالية في بلد كل مرسل إليه
broadcast-ask-time = يُرجى كتابة تاريخ الإرسال ووقته حسب منطقتكم الزمنية، مثلاً: { $example }
broadcast-bad-time = تعذرت قراءة التاريخ والوقت. يُرجى كتابتهما كما في هذا المثال: 2013-01-20 10:00.
broadcast-time-past = لقد مضى هذا الموعد. يُرجى تحديد تاريخ ووقت في المستقبل.
broadcast-change-when = تغيير موعد الإرسال
broadcast-when-line-now = سترسل فور الضغط على «إرسال».
broadcast-when-line-at = سترسل في { $at }.
broadcast-when-line-office-hours = سترسل خلال ساعات العمل في بلد كل مرسل إليه: الآن إلى { $now } من المرسل إليهم، ولاحقاً إلى { $later }.
broadcast-queued-scheduled = سيُرسل التعميم { $id } في الموعد المختار. ويمكن إلغاؤه حتى ذلك الحين باستخدام /broadcasts.

broadcast-missing-no-recipients = لا توجد صيغة باللغات التالية: { $names } (لا يقرأ أي من المرسل إليهم هذه اللغات).
broadcast-fallback-needed = لا توجد صيغة باللغة { $missing }: يُرجى اختيار الصيغة التي سيتلقاها المرسل إليهم بهذه اللغة (عددهم: { $count })، باستخدام الأزرار أدناه.
broadcast-fallback-set = لا توجد صيغة باللغة { $missing }: سيتلقى المرسل إليهم بهذه اللغة (عددهم: { $count }) الصيغة باللغة { $chosen }.
broadcast-fallback-button = المرسل إليهم باللغة { $missing }: إرسال الصيغة باللغة { $chosen }

## السجل (/broadcasts).

broadcasts-none = لم يُرسل أي تعميم أو تذكير بعد.
broadcasts-title = التعميمات والتذكيرات، الأحدث أولاً (الصفحة { $page } من { $pages }؛ المجموع { $total }):
broadcasts-line = رقم { $id }: { $kind }، { $when }. الوثائق: { $documents }.
broadcasts-kind-note = رسالة من الأمانة
broadcasts-kind-scheduled-reminder = تذكير مجدول
broadcasts-when-now = أُدرج في قائمة الانتظار في { $created }
broadcasts-when-at = أُدرج في قائمة الانتظار في { $created } للإرسال في { $at }
broadcasts-when-office-hours = أُدرج في قائمة الانتظار في { $created } للإرسال في ساعات العمل
broadcasts-counts = المرسل إليهم: { $total }. المرسلة: { $sent }. المشكوك فيها: { $doubt }. التي تعذر إرسالها: { $failed }. المحظورة أو التي تعذر الوصول إليها: { $blocked }. غير المرسلة (لانتفاء الحاجة أو للإلغاء): { $skipped }.
broadcasts-counts-waiting = { " " }المتبقية للإرسال: { $waiting }.
broadcasts-open = رقم { $id }
broadcasts-newer = الأحدث
broadcasts-older = الأقدم
broadcasts-back = العودة إلى القائمة
broadcasts-detail = التعميم رقم { $id }: { $kind }، { $when }.
broadcasts-resend-of = وهو يكرر التعميم رقم { $id } لمن لم يصلهم ذلك التعميم.
broadcasts-documents = الوثائق: { $names }
broadcasts-not-reached-title = لم تصلهم ({ $count }):
broadcasts-not-reached-line = • { $country }: { $name } ({ $reason })
broadcasts-not-reached-more = … و{ $count } آخرون (انظر التقرير).
broadcasts-skipped-title = لم تُرسل ({ $count }):
broadcasts-next-at = التسليم التالي مقرر في { $at }.
broadcasts-reason-cancelled = أُلغي الإرسال المجدول
broadcasts-reason-erased = مُحيت بيانات الشخص
broadcasts-reason-submitted = قدّم البلد مساهمته
broadcasts-reason-deadline = كان الموعد النهائي قد انقضى
broadcasts-reason-skipped = انتفت الحاجة إليها
broadcasts-reason-waiting = لم تُرسل بعد
broadcasts-resend = إعادة الإرسال إلى من لم تصلهم ({ $count })
broadcasts-resend-queued = أُدرج التعميم { $id } في قائمة الانتظار: التعميم { $original } مجدداً، إلى من لم يصلهم (عددهم: { $count }).
broadcasts-resend-nobody = لا يوجد من يُعاد الإرسال إليه: فجميع من لم يصلهم التعميم قد غادروا المشاورة، أو أن إعادة الإرسال إليهم جارية بالفعل.
broadcasts-cancel = إلغاء الإرسال المجدول ({ $count })
broadcasts-cancelled = أُلغي الإرسال المجدول للتعميم { $id }. الرسائل التي لن تُرسل: { $count }.
broadcasts-cancel-too-late = لم يبق شيء يمكن إلغاؤه: فقد أُرسلت رسائل هذا التعميم بالفعل.
broadcasts-export-xlsx = تقرير التسليم (XLSX)
broadcasts-export-csv = تقرير التسليم (CSV)
broadcasts-report-title = التعميم { $id }
broadcasts-report-caption = تقرير تسليم التعميم { $id }. المرسل إليهم: { $rows }.
broadcasts-column-country = البلد
broadcasts-column-name = الاسم
broadcasts-column-language = اللغة
broadcasts-column-status = الحالة
broadcasts-column-reason = السبب
broadcasts-column-doubt = مشكوك فيه (ربما تلقى نسختين)
broadcasts-column-attempts = المحاولات
broadcasts-column-sent-at = تاريخ الإرسال
broadcasts-status-pending = في انتظار الإرسال
broadcasts-status-sending = جارٍ إرساله
broadcasts-status-sent = أُرسل
broadcasts-status-failed = تعذر الإرسال
broadcasts-status-unreachable = تعذر الوصول إليه
broadcasts-status-skipped = لم يُرسل
broadcasts-yes = نعم

## /schedule: the documents the automatic reminders carry
schedule-documents-button = الوثائق المرفقة بالتذكيرات
schedule-documents-ask = تُرفق الوثائق الواردة أدناه بكل تذكير تلقائي لهذه المشاورة (بصيغة PDF أو DOC أو DOCX أو ODT، بحد أقصى { $max })، مثل المذكرة الشفوية: لإضافة وثيقة، يرجى إرسالها ملفاً. وتُرسل الوثيقة إلى جميع المرسل إليهم، ما لم تضغط على زرها لتخصيصها للمرسل إليهم بلغة واحدة. ولا تتغير التذكيرات التي سبق إرسالها.
schedule-documents-back = العودة إلى الجدول الزمني
schedule-documents-line = الوثائق المرفقة بالتذكيرات: { $count }
schedule-documents-too-many = لم يُضف الملف "{ $name }": لا يمكن أن يُرفق بالتذكيرات أكثر من { $max_files } وثائق.

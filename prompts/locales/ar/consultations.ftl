## /consultations: مشاورات هذا البرنامج وما تقرره الأمانة بشأنها.
consultations-title = المشاورات
consultations-line =
    رقم { $id }: { $title }
    الحالة: { $state }. الموعد النهائي: { $deadline }. المساهمات: { $submissions }.
consultations-state-draft = مشروع
consultations-state-open = مفتوحة
consultations-state-closed = مغلقة
consultations-state-archived = مؤرشفة
consultations-btn-open = فتح رقم { $id }
consultations-btn-close = إغلاق رقم { $id }
consultations-btn-archive = أرشفة رقم { $id }
consultations-btn-copy = نسخ رقم { $id } لجولة جديدة
consultations-done-open = المشاورة رقم { $id } مفتوحة الآن لتلقي التعليقات.
consultations-done-close = المشاورة رقم { $id } مغلقة الآن: لم يعد بالإمكان تقديم التعليقات أو تغييرها.
consultations-done-archive = أُرشفت المشاورة رقم { $id }.
consultations-copy-ask-deadline = نسخة من المشاورة رقم { $id } لجولة جديدة. يُرجى كتابة موعدها النهائي بصيغة السنة-الشهر-اليوم والساعة، بتوقيت { $zone }، مثلاً: { $example }
consultations-copy-ask-meeting = سيكون الموعد النهائي { $deadline }. يُرجى كتابة اليومين الأول والأخير لاجتماع الجولة الجديدة بصيغة السنة-الشهر-اليوم، مثلاً: { $example }
consultations-copied-dates =
    نُسخت المشاورة رقم { $id } لجولة جديدة بوصفها المشاورة رقم { $new } (مشروع، مرتبط بالجولة التي يجددها).
    الموعد النهائي: { $deadline }. الاجتماع: { $meeting }. تبدأ رموزها المرجعية بـ { $prefix }.
consultations-copy-cancelled = لم تُنشأ أي نسخة.
consultations-copy-no-prefix = لا يمكن نسخ المشاورة رقم { $id } مرة أخرى: جميع البادئات المرجعية المخصصة لجولاتها مستخدمة بالفعل. يُرجى استيراد تعريف الجولة الجديدة ببادئتها الخاصة.
comment-link-unavailable = المشاورة التي يشير إليها هذا الرابط غير مفتوحة حالياً لتعليقات حكومتكم.
comment-link-draft-open = لديكم تعليق قيد الإعداد. يُرجى تقديمه أو التخلي عنه أولاً (/comment)، ثم فتح الرابط الخاص بـ { $title } مرة أخرى.
inv-link-for-consultation = للانتقال مباشرة، بعد التسجيل، إلى المشاورة رقم { $id }، { $title }: { $link }
consultations-pick = رقم { $id }: { $title }
consultations-of = المشاورة رقم { $id }: { $title }
export-choose-consultation = تصدير المساهمات المقدَّمة. توجد عدة مشاورات: يُرجى اختيار المشاورة التي تودون تصدير مساهماتها (أو كتابة /export متبوعاً برقمها).
status-choose-consultation = توجد عدة مشاورات مفتوحة. يُرجى اختيار المشاورة التي تودون الاطلاع على حالتها (أو كتابة /status متبوعاً برقمها).
stats-choose-consultation = توجد عدة مشاورات مفتوحة. يُرجى اختيار المشاورة التي تودون الاطلاع على أرقامها (أو كتابة /stats متبوعاً برقمها).
broadcast-choose-consultation = توجد عدة مشاورات مفتوحة. يُرجى اختيار المشاورة التي تتعلق بها هذه الرسالة: ستُرسل إلى جهات الاتصال في الدول المدعوة إليها.
broadcast-custom-text-of =
    رسالة من أمانة برنامج الأمم المتحدة للبيئة بشأن «{ $title }»:

    { $text }
status-unknown-consultation = لا توجد مشاورة رقم { $number }. يعرض الأمر /consultations قائمة المشاورات؛ ويعرض الأمر /status وحده حالة المشاورة المفتوحة.
export-col-source = المصدر
export-source-bot = قُدِّمت عن طريق البرنامج
export-source-imported = مستوردة: وردت عن طريق { $source } في { $date }
export-source-imported-undated = مستوردة: وردت عن طريق { $source }
reg-named-consultation = يشير الرابط الذي فتحتموه إلى المشاورة رقم { $id }، { $title }: يمكنكم الآن تقديم تعليقاتكم عليها.
reg-named-consultation-button = التعليق على هذه المشاورة

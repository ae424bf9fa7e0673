## التعميمات (/broadcast) وتقارير التسليم والنصوص المرسلة إلى جهات الاتصال.

broadcast-choose-message = ما الذي تودون إرساله إلى جهات الاتصال الوطنية؟
broadcast-kind-invitation = تجديد الدعوة
broadcast-kind-reminder = تذكير
broadcast-kind-custom = نص من صياغتي
broadcast-cancel-button = إلغاء
broadcast-ask-text = يُرجى كتابة نص الرسالة. وسترسل كما تكتبونها، تحت عنوان بلغة كل مرسل إليه (الحد الأقصى لعدد الأحرف: { $max }).
broadcast-text-only = يُرجى كتابة الرسالة نصاً: لا يمكن تعميم الملصقات أو الصور أو الرسائل الصوتية أو الملفات.
broadcast-use-buttons = يُرجى اختيار أحد الخيارات باستخدام الأزرار أدناه.
broadcast-choose-audience = إلى من ينبغي إرسالها؟
broadcast-choose-audience-reminder = إلى من ينبغي إرسالها؟

    لا يُرسَل التذكير إلى البلدان التي وردت مساهماتها بالفعل، والأعداد الواردة أدناه لا تشملها.
broadcast-audience-all = جميع جهات الاتصال المعتمدة ({ $count })
broadcast-audience-not-submitted = البلدان التي لم تقدم مدخلات بعد ({ $count })
broadcast-audience-countries = بلدان أختارها
broadcast-ask-countries = يُرجى كتابة أسماء البلدان مفصولة بفواصل: بأي من اللغات الست أو برموز ISO (مثلاً: كينيا، France، CN). واضغطوا على «تم» عند اكتمال القائمة.
broadcast-countries-selected = عدد البلدان المختارة: { $count }
broadcast-country-line = • { $country } (عدد جهات الاتصال: { $focal })
broadcast-countries-unknown = لم يتم التعرف على: { $names }. يُرجى التحقق من الإملاء.
broadcast-countries-suggest = هل تقصدون أحد هذه البلدان بعبارة «{ $text }»؟
broadcast-countries-done = تم
broadcast-countries-clear = إفراغ القائمة
broadcast-countries-empty = يُرجى إضافة بلد واحد على الأقل قبل الضغط على «تم».
broadcast-no-recipients = لا توجد جهة اتصال معتمدة تطابق هذا الاختيار. يُرجى اختيار مرسل إليهم آخرين.
broadcast-preview-title = تعرض المعاينات أعلاه الرسالة كما سيراها المرسل إليهم، بكل لغة من لغاتهم.
broadcast-preview-language = معاينة باللغة { $name } (عدد المرسل إليهم: { $count }):
broadcast-confirm = عدد المرسل إليهم: { $count }. هل تودون إرسال الرسالة الآن؟
broadcast-confirm-unreachable = ومن بين هؤلاء، تعذر الوصول في المرة السابقة إلى عدد { $count } (حُظر الروبوت أو لم تعد المحادثة موجودة)؛ وستُجرى محاولة أخرى.
broadcast-send-button = إرسال
broadcast-change-message = تغيير الرسالة
broadcast-change-audience = تغيير المرسل إليهم
broadcast-queued = أُدرج التعميم { $id } في قائمة الانتظار. عدد المرسل إليهم: { $count }. وسيظهر سير الإرسال في هذه الرسالة.
broadcast-queued-behind = عدد التعميمات التي تسبقه في قائمة الانتظار: { $count }. وسيبدأ فور انتهائها.
broadcast-cancelled = أُلغي التعميم؛ ولم يُرسل أي شيء.
broadcast-progress = التعميم { $id }: أُرسلت { $sent } من أصل { $total }، وتعذر الوصول إلى { $unreachable }
broadcast-progress-failed = عدد حالات الإخفاق: { $count }
broadcast-progress-skipped = لم تُرسل لأن البلد قدم مدخلاته في الأثناء: { $count }
broadcast-progress-deferred = بانتظار ساعات العمل في بلد المرسل إليه: { $count }
broadcast-report = اكتمل التعميم { $id }: سُلمت { $sent } من أصل { $total }. تعذر الوصول: { $unreachable }. حالات الإخفاق: { $failed }. لم تعد لازمة: { $skipped }.
broadcast-report-in-doubt = رسائل كانت قيد الإرسال أثناء إعادة التشغيل وأُعيد إرسالها (ربما تلقى أصحابها نسختين): { $count }
broadcast-report-unreachable-title = تعذر الوصول إلى:
broadcast-report-unreachable-line = • { $country }: { $name } ({ $reason })
broadcast-reason-blocked = حظر الروبوت
broadcast-reason-deactivated = الحساب محذوف
broadcast-reason-chat-not-found = المحادثة لم تعد موجودة
broadcast-reason-failed = تعذر التسليم

## ما يُرسل إلى جهات الاتصال (عنوان نص من صياغة الأمانة؛ التذكير).

broadcast-custom-text =
    رسالة من أمانة برنامج الأمم المتحدة للبيئة:

    { $text }
broadcast-reminder-text =
    تذكير من أمانة برنامج الأمم المتحدة للبيئة

    { $title }

    لم تتلق الأمانة بعد مدخلات حكومتكم. ويُرجى تقديمها في موعد أقصاه { $deadline }، قبل الاجتماع المقرر عقده ({ $meeting }). ولتقديم تعليق، يُرجى الضغط على الزر أدناه أو إرسال /comment.

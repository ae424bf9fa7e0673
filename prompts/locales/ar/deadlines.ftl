## تغيير المواعيد النهائية (issue 17): التمديد لدول بعينها، والإشعار بالتغيير، وتنبيه من لديه مسودة لم تُقدَّم، وطلبات التمديد، وما يعرضه /schedule.

deadlines-help-staff = /extensions: تمديد الموعد النهائي الممنوح لدول بعينها، وطلبات التمديد

deadlines-extended-notice = تتشرف الأمانة بإبلاغكم بأن الموعد النهائي لتقديم المساهمات في مشاورة «{ $title }» قد مُدِّد إلى { $deadline } (بدلاً من { $previous }).
deadlines-brought-forward-notice = تتشرف الأمانة بإبلاغكم بأن الموعد النهائي لتقديم المساهمات في مشاورة «{ $title }» قد قُدِّم إلى { $deadline } (بدلاً من { $previous }). ولا يمكن قبول المساهمات التي ترد بعد ذلك الموعد.
deadlines-state-extended-notice = تتشرف الأمانة بإبلاغكم بأنه قد مُنح تمديد للموعد النهائي في مشاورة «{ $title }» للدولة التالية: { $country }. ويمكن تقديم المساهمات حتى { $deadline }.
deadlines-state-revoked-notice = تتشرف الأمانة بإبلاغكم بأن تمديد الموعد النهائي في مشاورة «{ $title }» الممنوح للدولة التالية قد سُحب: { $country }. والموعد النهائي هو { $deadline }.
deadlines-warning-day = لديكم مسودة تعليق على مشاورة «{ $title }» لم تُقدَّم بعد. والموعد النهائي، { $deadline }، بعد يوم واحد: يُرجى إكمال تعليقكم وتقديمه قبل ذلك.
deadlines-warning-hour = لديكم مسودة تعليق على مشاورة «{ $title }» لم تُقدَّم بعد. والموعد النهائي، { $deadline }، بعد ساعة واحدة: يُرجى تقديم تعليقكم الآن.
deadlines-request-notice = تطلب جهة الاتصال الوطنية للدولة التالية تمديد الموعد النهائي في مشاورة «{ $title }»: { $country }. يُرجى منح التمديد مع تحديد موعد جديد، أو رفض الطلب مع بيان السبب.
deadlines-request-grant = منح التمديد
deadlines-request-decline = رفض
deadlines-declined-notice = نظرت الأمانة بعناية في طلبكم تمديد الموعد النهائي في مشاورة «{ $title }»، وتأسف لتعذر الاستجابة له، للسبب التالي: { $reason }

deadlines-draft-closed = أُغلق باب المشاورة في { $deadline }: ولم يعد من الممكن تقديم هذا التعليق. وقد حُفظت مسودتكم كما هي.
deadlines-draft-title = مسودتكم، غير المقدَّمة:
deadlines-draft-offer-request = وإذا احتاجت حكومتكم إلى مزيد من الوقت، يمكنكم أن تطلبوا من الأمانة تمديد الموعد النهائي.
deadlines-ask-button = طلب التمديد
deadlines-request-sent = أُحيل طلبكم تمديد الموعد النهائي إلى الأمانة. وستُبلَّغون بقرارها هنا.
deadlines-request-pending = لدى الأمانة بالفعل طلب تمديد لدولتكم قيد النظر. وستُبلَّغون بقرارها هنا.

deadlines-reminder-delivered = • { $offset }: أُرسل في { $when } إلى عدد من جهات الاتصال قدره { $count }
deadlines-reminder-queued = • { $offset }: وُضع في قائمة الانتظار في { $when }، ولم يُسلَّم بعد
deadlines-reminder-waiting = (رسائل تنتظر ساعات العمل عددها { $count }، ابتداءً من { $when })
deadlines-reminder-not-delivered = • { $offset }: لم يُسلَّم (عدد الرسائل { $count }: قدمت الدولة مساهمتها قبل ذلك، أو انقضى الموعد النهائي قبل ساعات العمل، أو تعذر الوصول إلى المتلقي)
deadlines-skipped-no-civil-hour = • { $offset }: لم يُرسل (لم تبقَ في بلدان المتلقين ساعة عمل ولا ساعة نهارية قبل الموعد النهائي)
deadlines-skipped-already-reminded = • { $offset }: لم يُرسل (تلقى جميع المعنيين هذا التذكير من قبل)
deadlines-skipped-nobody = • { $offset }: لم يُرسل (قدمت جميع الدول المعنية مساهماتها)
deadlines-skipped-deadline-moved = • { $offset }: لم يُرسل (مع الموعد النهائي الجديد، كان وقته قد فات)
deadlines-schedule-state = التمديد الممنوح للدولة التالية: { $country }، حتى { $deadline }
deadlines-schedule-state-withdrawn = التمديد الممنوح للدولة التالية، وقد سُحب: { $country }
deadlines-notice-preview = سيُرسل هذا الإشعار في ساعات العمل في بلد كل متلقٍّ، إلى عدد من الأشخاص قدره { $count } (جهات الاتصال في الدول المعنية التي لم تقدم مساهماتها، وكل من لديه مسودة لم تُقدَّم):

deadlines-title = تمديد الموعد النهائي: { $title }
deadlines-none = لم يُمنح أي تمديد.
deadlines-line = • { $country }: حتى { $deadline } (مُنح في { $granted })
deadlines-requests-title = طلبات تنتظر الرد:
deadlines-request-line = • { $country }، ورد في { $when }
deadlines-grant-button = منح التمديد
deadlines-withdraw-button = سحب التمديد
deadlines-close-button = إغلاق
deadlines-back-button = رجوع
deadlines-confirm-button = تأكيد
deadlines-ask-state = يُرجى كتابة اسم الدولة التي يُمنح لها التمديد.
deadlines-unknown-state = لم يُتعرَّف على هذا الاسم بوصفه اسم دولة. يُرجى كتابته مرة أخرى، مثلاً: كينيا
deadlines-state-candidates = لم يُتعرَّف على هذا الاسم بدقة. هل تقصدون: { $names }؟ يُرجى كتابة الاسم مرة أخرى.
deadlines-ask-date = الموعد النهائي للدولة التالية: { $country }، هو { $deadline }. يُرجى كتابة الموعد النهائي الجديد بصيغة السنة-الشهر-اليوم والساعة، بتوقيت { $zone }، مثلاً: { $example }
deadlines-date-not-later = يجب أن ينتهي التمديد بعد { $deadline }. يُرجى كتابة تاريخ لاحق.
deadlines-confirm-grant = هل يُمنح تمديد للموعد النهائي حتى { $deadline } للدولة التالية: { $country }؟
deadlines-confirm-withdraw = هل يُسحب التمديد الممنوح للدولة التالية: { $country }؟ وسيعود موعدها النهائي إلى { $deadline }.
deadlines-pick-withdraw = أي تمديد ينبغي سحبه؟
deadlines-pick-line = { $country }: { $date }
deadlines-granted = مُنح التمديد حتى { $deadline } للدولة التالية: { $country }، وأُعيدت جدولة تذكيراتها.
deadlines-withdrawn = سُحب التمديد الممنوح للدولة التالية: { $country }.
deadlines-ask-reason = يُرجى كتابة سبب رفض الطلب المقدم للدولة التالية: { $country } (بحد أقصى { $max } حرف). وستتلقاه جهة الاتصال كما تكتبونه.
deadlines-bad-reason = يُرجى كتابة السبب نصاً، بحد أقصى { $max } حرف.
deadlines-declined = رُفض الطلب المقدم للدولة التالية، وأُبلغت جهة الاتصال الخاصة بها: { $country }.
deadlines-request-answered = سبق الرد على هذا الطلب.
deadlines-use-buttons = يُرجى استخدام الأزرار أدناه.
deadlines-text-only = يُرجى كتابة ردكم نصاً.
deadlines-cancelled = لم يُغيَّر شيء.
deadlines-closed = أُغلق باب التمديدات.

# تصدير المسودات غير المقدَّمة (/extensions).
deadlines-unsent-button = المسودات غير المقدَّمة (CSV)
deadlines-unsent-none = لا توجد مسودة مفتوحة: فكل تعليق بُدئ فيه قد قُدِّم أو حُذف.
deadlines-unsent-caption = عدد المسودات غير المقدَّمة: { $count }. وهذه التعليقات لم تُقدَّم قط، وليست جزءاً من المساهمات الواردة.
deadlines-unsent-mark = مسودة غير مقدَّمة
deadlines-col-status = الحالة
deadlines-col-country = الدولة
deadlines-col-focal-point = جهة الاتصال الوطنية
deadlines-col-saved = آخر حفظ
deadlines-col-topic = الموضوع
deadlines-col-type = نوع التعليق
deadlines-col-paragraph = الفقرة
deadlines-col-comment = التعليق (مسودة)
deadlines-col-proposed = النص المقترح (مسودة)
deadlines-col-revises = تنقيح للتعليق

# إغلاق مشاورة قبل موعدها النهائي (/consultations).
deadlines-closed-early-notice = تتشرف الأمانة بإبلاغكم بأن مشاورة «{ $title }» قد أُغلقت في { $deadline }، قبل موعدها النهائي. ولم يعد من الممكن تقديم المساهمات، وتُحفظ المساهمات المقدَّمة من قبل.
deadlines-confirm-close = هل تُغلق المشاورة رقم { $id } ({ $title }) الآن، قبل موعدها النهائي؟
deadlines-confirm-close-button = الإغلاق الآن

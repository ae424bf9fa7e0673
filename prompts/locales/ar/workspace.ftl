## مساحة عمل الأمانة: دليل جهات الاتصال (/focalpoints)، والتنبيهات (/alerts)، وسجل المراجعة (/audit).

help-workspace-staff =
    /focalpoints: دليل جهات الاتصال الوطنية
    /alerts: التنبيهات بالمساهمات الجديدة أو المنقحة
help-workspace-admin =
    /audit: سجل المراجعة

## /focalpoints

fp-title = جهات الاتصال الوطنية: { $total } (الصفحة { $page } من { $pages })
fp-title-search = جهات الاتصال الوطنية المطابقة لعبارة «{ $text }»: { $total } (الصفحة { $page } من { $pages })
fp-none = لم تسجَّل أي جهة اتصال وطنية بعد.
fp-none-search = لا توجد جهة اتصال وطنية مطابقة لعبارة «{ $text }». اكتبوا /focalpoints وحدها لعرضها جميعاً.
fp-search-hint = للبحث، اكتبوا /focalpoints متبوعة باسم أو بعنوان بريد إلكتروني أو باسم دولة.
fp-entry =
    { $number }. { $country }: { $name }
    { $title }، { $organisation }
    { $email } · { $lang } · { $status }
    { $registered } · آخر نشاط: { $activity }
fp-status-active = نشطة
fp-status-deactivated = معطَّلة
fp-status-pending = في انتظار الموافقة
fp-status-rejected = لم تتم الموافقة عليها
fp-via-link = سُجِّلت بواسطة رابط أنشأه { $by }
fp-via-link-anonymous = سُجِّلت بواسطة رابط دعوة
fp-via-approval = وافق عليها { $by } في { $date }
fp-via-approval-anonymous = وافقت عليها الأمانة
fp-via-undecided = سُجِّلت دون رابط في { $date }
fp-activity-none = لا يوجد
fp-open = { $number }
fp-page-previous = ‹ السابق
fp-page-next = التالي ›
fp-export-xlsx = تصدير (XLSX)
fp-export-csv = تصدير (CSV)
fp-export-caption = دليل جهات الاتصال الوطنية في { $date } (عدد القيود: { $count }).
fp-card =
    { $name }
    المسمى الوظيفي: { $title }
    المنظمة: { $organisation }
    البريد الإلكتروني: { $email }
    الدولة: { $country }
    اللغة: { $lang }
    الحالة: { $status }
    التسجيل: { $registered }
    آخر نشاط: { $activity }
    المساهمات: { $submissions }
    معرِّف Telegram: { $telegram_id }
fp-card-deactivated = عُطِّلت في { $date } على يد { $by }. السبب: { $reason }
fp-card-rejected = السبب المذكور: { $reason }
fp-deactivate = تعطيل
fp-reactivate = إعادة التفعيل
fp-move = النقل إلى دولة أخرى
fp-successor = دعوة خلف
fp-back = ‹ العودة إلى القائمة
fp-gone = لم يعد هذا الشخص مدرجاً في الدليل.
fp-deactivate-why = ما سبب تعطيل { $name } ({ $country })؟ يُرجى اختيار سبب أو كتابة سبب من عندكم. وسيُبلَّغ به الشخص بلغته.
fp-type-reason = يُرجى كتابة السبب في رسالة واحدة ({ $max } حرفاً على الأكثر). وسيُبلَّغ به الشخص كما تكتبونه. ويوقف الأمر /cancel العملية دون أي تغيير.
fp-reason-too-long = يتألف السبب من { $length } حرفاً، والحد الأقصى هو { $max }. يُرجى اختصاره وإرساله مرة أخرى.
fp-reason-not-text = يُرجى كتابة السبب في رسالة نصية، أو إرسال /cancel للإيقاف.
fp-deactivate-confirm =
    هل تريدون تعطيل { $name } ({ $country })؟
    السبب: { $reason }

    لن يتمكن هذا الشخص بعد الآن من تقديم تعليقات، وما قدمه من قبل يبقى محفوظاً. وسيُبلَّغ بذلك بلغته.
fp-deactivate-yes = نعم، عطِّلوا
fp-no = لا، عودة
fp-deactivated-staff = عُطِّل تسجيل { $name } ({ $country })، وسيُبلَّغ بذلك.
fp-reactivate-confirm = هل تريدون إعادة تفعيل { $name } ({ $country })؟ سيتمكن من تقديم تعليقات من جديد، وسيُبلَّغ بذلك.
fp-reactivate-yes = نعم، أعيدوا التفعيل
fp-reactivated-staff = أعيد تفعيل تسجيل { $name } ({ $country })، وسيُبلَّغ بذلك.
fp-not-possible = لم يعد هذا ممكناً: حالة الشخص الآن هي «{ $status }».
fp-move-ask = إلى أي دولة يُنقل { $name }؟ يُرجى كتابة اسمها. ويوقف الأمر /cancel العملية دون أي تغيير.
fp-move-which = أي دولة تقصدون بعبارة «{ $text }»؟ يُرجى الاختيار:
fp-move-unknown = «{ $text }» ليست دولة أو منظمة نعرفها. يُرجى كتابة اسمها بإحدى اللغات الست، أو رمزها وفق المعيار ISO.
fp-move-same = { $name } يمثل { $country } بالفعل. يُرجى كتابة دولة أخرى.
fp-move-confirm = هل يُنقل { $name } من { $from } إلى { $to }؟ تبقى مساهماته منسوبة إلى { $from }. وسيُبلَّغ بذلك.
fp-move-yes = نعم، انقلوا
fp-moved-staff = أصبح { $name } يمثل { $to }.
fp-cancelled = لم يُغيَّر أي شيء.

## الأسباب المعتادة (يُبلَّغ بها الشخص بلغته)

reason-left-post = ترك الشخص منصبه.
reason-replaced = عيّنت الحكومة جهة اتصال أخرى.
reason-not-designated = لم تعيّن الحكومة المعنية هذا الشخص.
reason-forwarded-link = أُحيل رابط الدعوة إلى شخص لم يكن موجهاً إليه.
reason-not-government = لا تدل البيانات المقدمة على جهة حكومية.
reason-unverified = تعذّر التحقق من البيانات المقدمة.
reason-type = كتابة سبب آخر

## ما تُبلَّغ به جهة الاتصال

fp-you-are-deactivated = عطّلت الأمانة تسجيلكم بصفتكم جهة اتصال وطنية عن { $country }. ولم يعد بإمكانكم تقديم تعليقات عن طريق هذا البرنامج، وتبقى التعليقات التي قدمتموها من قبل محفوظة في السجل. السبب: { $reason }
fp-you-are-reactivated = أعيد تفعيل تسجيلكم بصفتكم جهة اتصال وطنية عن { $country }. ويمكنكم تقديم تعليقات من جديد.
fp-you-are-moved = أصبح تسجيلكم بصفتكم جهة اتصال وطنية يخص { $country }.
fp-rejected-reason = السبب: { $reason }
prof-status-deactivated = الحالة: عطّلت الأمانة التسجيل.
access-deactivated = عطّلت الأمانة تسجيلكم بصفتكم جهة اتصال، ولذلك لم يعد بإمكانكم تقديم تعليقات. وإذا رأيتم أن في ذلك خطأً، يُرجى الاتصال بالأمانة.

## عدم الموافقة على تسجيل

role-reject-why = ما سبب عدم الموافقة على تسجيل { $name } ({ $country })؟ يُرجى اختيار سبب أو كتابة سبب من عندكم. وسيُبلَّغ به الشخص بلغته.
role-reject-none = عدم الموافقة دون ذكر سبب

## /alerts

alerts-title = التنبيهات بالمساهمات الجديدة أو المنقحة. يُرجى اختيار مشاورة:
alerts-line = { $consultation }: { $mode }
alerts-mode-immediate = كل مساهمة فور ورودها
alerts-mode-digest = موجز يومي في الساعة { $hour } ({ $zone })
alerts-mode-off = لا تنبيهات
alerts-none = لا توجد مشاورة للمتابعة.
alerts-choose-mode = { $consultation }. الإعداد الحالي: { $mode }. كيف تودّون أن تُبلَّغوا بالمساهمات الجديدة أو المنقحة؟
alerts-button-immediate = فور ورودها
alerts-button-digest = موجز يومي
alerts-button-off = لا تنبيهات
alerts-choose-hour = في أي ساعة يُرسَل الموجز؟
alerts-choose-zone = بتوقيت أي منطقة زمنية تكون الساعة { $hour }؟
alerts-saved = تم الحفظ. { $consultation }: { $mode }.
alert-new = مساهمة جديدة { $reference } من { $country }: { $topic }، { $type }.
alert-revised = نُقِّحت المساهمة { $reference } من { $country } (النسخة { $version }): { $topic }، { $type }.
alert-paragraph = الفقرة { $paragraph } من التقرير.
alert-title = { $consultation }
digest-title = الموجز اليومي، { $consultation }: عدد المساهمات الجديدة أو المنقحة منذ { $since }: { $count }.
digest-new = • { $reference } · { $country } · { $topic } (جديدة)
digest-revised = • { $reference } · { $country } · { $topic } (النسخة { $version })
digest-more = … و{ $count } أخرى.

## /audit

audit-title = سجل المراجعة (عدد القيود: { $count })، من الأحدث إلى الأقدم.
audit-filter = التصفية: { $filter }
audit-entry =
    { $number }. { $when } · { $action }
    القائم بالإجراء: { $actor }
    الموضوع: { $subject }
audit-details = التفاصيل: { $details }
audit-actor = { $name } (المشارك { $participant }، Telegram { $telegram })
audit-actor-bot = البرنامج
audit-actor-erased = شخص مُحيت بياناته
audit-actor-unnamed = المشارك { $participant }، Telegram { $telegram }
audit-none = لا يوجد قيد مطابق.
audit-older = الأقدم ›
audit-newest = « الأحدث
audit-usage = يعرض الأمر /audit أحدث قيود سجل المراجعة. ولتضييق نطاقها: /audit person <رقم المشارك>، /audit state <الدولة>، /audit action <الإجراء>، /audit ref <الرقم المرجعي للمساهمة>.
audit-bad-filter = لم تُفهم عبارة «{ $text }».
audit-unknown-state = «{ $text }» ليست دولة أو منظمة نعرفها.

## الدليل في ملف (XLSX وCSV)

fpx-sheet = جهات الاتصال
fpx-col-country-code = الرمز
fpx-col-country = الدولة
fpx-col-title = المسمى الوظيفي
fpx-col-name = الاسم
fpx-col-organisation = المنظمة
fpx-col-email = البريد الإلكتروني
fpx-col-language = اللغة
fpx-col-status = الحالة
fpx-col-registered-via = طريقة التسجيل
fpx-col-registered-by = منشئ الرابط أو من وافق على التسجيل
fpx-col-registered-at = التسجيل (UTC)
fpx-col-last-activity = آخر نشاط (UTC)
fpx-col-submissions = المساهمات
fpx-col-deactivated-at = التعطيل (UTC)
fpx-col-reason = السبب
fpx-col-telegram-id = معرِّف Telegram
fpx-via-link = رابط
fpx-via-approval = موافقة
fpx-via-undecided = لم يُبتّ فيه بعد

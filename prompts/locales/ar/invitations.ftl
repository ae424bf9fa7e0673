## روابط الدعوة ومجموعة الرسائل (handlers/invitations.py).

inv-invite-usage =
    لإنشاء رابط دعوة: /invite متبوعاً بالبلد، ثم، عند الاقتضاء، بعدد مرات الاستخدام ومدة الصلاحية بالأيام.
    مثال: /invite Kenya 2 30
    في حال عدم ذكر هذين العددين: عدد مرات الاستخدام { $uses }، ومدة الصلاحية بالأيام { $days }. الحد الأقصى لعدد مرات الاستخدام: { $max_uses }؛ والحد الأقصى لمدة الصلاحية بالأيام: { $max_days }.
inv-country-suggest = لم يُتعرَّف على «{ $text }» بدقة. أي بلد تقصدون؟
inv-country-which = قد يشير «{ $text }» إلى أكثر من دولة واحدة. يرجى اختيار الدولة التي يُنشأ لها رابط الدعوة.
inv-country-unknown = «{ $text }» لا يطابق أي بلد أو منظمة معروفة لدينا. يُرجى كتابة اسمه بإحدى اللغات الست، أو رمزه وفق معيار ISO.
inv-created =
    رابط دعوة لـ: { $country }
    { $link }

    صالح حتى: { $expires }
    عدد مرات الاستخدام المسموح بها: { $uses }
inv-qr-caption = { $country }: { $link }
inv-revoke = إلغاء هذا الرابط
inv-revoke-number = إلغاء { $number }
inv-list-empty = لا توجد روابط دعوة سارية.
inv-list-title = روابط الدعوة السارية: { $count } (الصفحة { $page } من { $pages })
inv-list-entry = { $country }: استُخدم { $uses } من { $max_uses }، صالح حتى { $expires }
    { $link }
inv-page-previous = ‹ السابق
inv-page-next = التالي ›
inv-revoke-confirm =
    هل تريدون إلغاء رابط الدعوة الخاص بـ: { $country }؟
    { $link }

    سيتوقف عن العمل فوراً؛ ولا تتأثر التسجيلات التي أُجريت به بالفعل.
inv-revoke-yes = نعم، ألغوه
inv-revoke-no = لا، العودة إلى القائمة
inv-revoke-already = كان هذا الرابط قد أُلغي بالفعل.
inv-revoked = أُلغي الرابط الخاص بـ: { $country }.

inv-letters-unknown = لم يُتعرَّف على: { $codes }
inv-letters-usage = طريقة الاستخدام: /letters all لجميع البلدان المدعوة، أو /letters متبوعاً برموز ISO (مثلاً: /letters KE FR EU). ويحصل كل بلد على رابط جديد (عدد مرات الاستخدام: { $uses }؛ مدة الصلاحية بالأيام: { $days }).
inv-letters-done = مجموعة رسائل للدمج البريدي. عدد البلدان: { $count }. عدد مرات استخدام كل رابط: { $uses }. صالحة حتى: { $expires }.
inv-letters-readme =
    مجموعة رسائل الدعوة

    الملف letters.csv هو مصدر البيانات للدمج البريدي (UTF-8): صف واحد لكل بلد، يتضمن الأعمدة code وcountry وcountry_in_letter_language وlanguage وlink وvalid_until وmax_uses وqr_image وletter_text. ونص الرسالة محرَّر باللغة المفضلة للبلد.

    ويحتوي المجلد qr على رمز QR واحد لكل بلد (مثلاً qr/KE.png لكينيا)؛ ويبيّن العمود qr_image اسم الملف، لاستخدامه مع حقل INCLUDEPICTURE.

    عدد مرات استخدام كل رابط: { $uses }. ويمكن عرض الروابط وإلغاؤها في الروبوت باستخدام الأمر /invites.
inv-letter-text =
    { $country }

    تهدي أمانة برنامج الأمم المتحدة للبيئة أطيب تحياتها، ويشرفها أن تدعو حكومتكم أو منظمتكم إلى الإسهام في { $title }.

    يمكن تقديم التعليقات حتى { $deadline } عن طريق روبوت المشاورة في Telegram. ولتسجيل جهة الاتصال الوطنية لديكم، يُرجى فتح الرابط التالي على جهاز مثبَّت عليه تطبيق Telegram، أو مسح رمز QR المرفق:
    { $link }

    هذا الرابط مخصص لحكومتكم أو منظمتكم، وهو صالح حتى { $expires }.

    وتغتنم الأمانة هذه الفرصة لتعرب مجدداً عن فائق تقديرها.

## نصوص بيئة التجربة في الطرفية (consultbot sandbox): الإشعارات المحيطة بالمحادثة مع الروبوت.

sandbox-banner = consultbot sandbox: دون اتصال، ودون حاجة إلى رمز مميز. قاعدة البيانات: { $database }
sandbox-dates = زُحزحت تواريخ المشاورة النموذجية بحيث تكون مفتوحة الآن: الموعد النهائي { $deadline } بالتوقيت العالمي المنسق.
sandbox-places = السجل: { $log }. تُحفظ الملفات التي يرسلها الروبوت في { $files }، في مجلد لكل شخص.
sandbox-help =
    اكتبوا كما يكتب مستخدم Telegram: يُرسل كل سطر إلى الروبوت رسالةً واحدة، بما في ذلك الأرقام.
      #N أو :press N     الضغط على الزر N من آخر الأزرار المعروضة
      :as الاسم [البلد] [اللغة]
                         الكتابة باسم الشخص (يُنشأ إن كان جديدًا؛ ومع ذكر بلد، يفتح الشخص رابط الدعوة الخاص بذلك البلد)
      :fp، :officer، :admin    جهة الاتصال لكينيا، وموظف في الأمانة، والمسؤول
      :inbox [الاسم]     عرض ما تلقاه الشخص (أو ما تلقيتموه) مرة أخرى
      :link              فتح رابط الدعوة الخاص بكم مرة أخرى
      :paste             نص طويل على عدة أسطر، ينتهي بسطر لا يحتوي إلا على نقطة
      :file المسار       إرسال وثيقة؛ :sticker و:photo لإرسال ملصق أو صورة
      :lang الرمز        لغتكم في Telegram (ar أو zh أو en أو fr أو ru أو es أو غيرها)
      :clock +7d، :clock +3h، :clock 2027-01-20 09:00    تقديم ساعة الروبوت (بالتوقيت العالمي المنسق)
      :expect النص       الانتظار بضع ثوانٍ لرد يحتوي على النص
      :help              هذا النص؛ :quit للخروج (أو Ctrl-D)
sandbox-people = الأشخاص: { $people }. تكتبون الآن باسم { $persona }.
sandbox-link-hint = للتسجيل بصفة جهة الاتصال لكينيا عن طريق رابط دعوة، اكتبوا :link (/start { $token })، أو /start وحده: وفي هذه الحالة ينتظر التسجيل موافقة الأمانة.
sandbox-label = { $own ->
    [yes] الروبوت>
   *[no] الروبوت ← { $persona }>
}
sandbox-label-edited = { $own ->
    [yes] الروبوت (مُعدَّلة)>
   *[no] الروبوت ← { $persona } (مُعدَّلة)>
}
sandbox-label-deleted = { $own ->
    [yes] (حذف الروبوت إحدى رسائله.)
   *[no] (حذف الروبوت إحدى رسائله الموجهة إلى { $persona }.)
}
sandbox-file-saved = [الملف { $name }، وحجمه بالبايت { $size }، حُفظ باسم { $path }]
sandbox-image-saved = [صورة، حجمها بالبايت { $size }، حُفظت باسم { $path }]
sandbox-unknown-command = (لا يوجد في بيئة التجربة أمر باسم { $command }؛ ويعرض :help قائمة الأوامر.)
sandbox-bot-slow = (لم يفرغ الروبوت من الرد بعد 30 ثانية؛ وقد يبيّن سجله السبب.)
sandbox-split = (عدد حروف نصكم { $length }، ولا يقبل Telegram في الرسالة الواحدة أكثر من { $limit }: فيُرسل النص في عدد من الرسائل قدره { $parts }، مقطَّعًا عند المسافات، كما يرسله تطبيق Telegram.)
sandbox-name-bad = (اسم الشخص كلمة واحدة من حروف أو أرقام أو نقاط أو شرطات: و”{ $name }“ ليس كذلك.)
sandbox-country-unknown = (لا يوجد بلد باسم ”{ $text }“. أسماء قريبة: { $suggestions }.)
sandbox-persona-new = (شخص جديد: { $persona }، ولغته في Telegram { $code }.)
sandbox-typing-as = (تكتبون الآن باسم { $persona }.)
sandbox-persona-link = (يفتح { $persona } رابط الدعوة الخاص بالبلد التالي: { $country }.)
sandbox-language-set = (لغة Telegram الآن: { $code }.)
sandbox-language-usage = (يُرجى ذكر رمز لغة، مثل :lang ar.)
sandbox-no-link = (ليس لدى { $persona } رابط دعوة؛ والأمر :as الاسم البلد يُنشئ شخصًا لديه رابط.)
sandbox-unknown-persona = (لا يوجد شخص باسم { $persona }؛ والأمر :as { $persona } يُنشئه.)
sandbox-inbox = { $count ->
    [zero] (ما تلقاه { $persona }، من الأقدم إلى الأحدث: لا رسائل.)
    [one] (ما تلقاه { $persona }، من الأقدم إلى الأحدث: رسالة واحدة.)
    [two] (ما تلقاه { $persona }، من الأقدم إلى الأحدث: رسالتان.)
    [few] (ما تلقاه { $persona }، من الأقدم إلى الأحدث: { $count } رسائل.)
   *[other] (ما تلقاه { $persona }، من الأقدم إلى الأحدث: { $count } رسالة.)
}
sandbox-press-usage = (يُرجى ذكر رقم الزر، مثل #3 أو :press 3.)
sandbox-no-button = { $highest ->
    [0] (لا يوجد زر رقمه { $number }: لا توجد أزرار معروضة.)
   *[other] (لا يوجد زر رقمه { $number }: آخر الأزرار المعروضة مرقمة من 1 إلى { $highest }.)
}
sandbox-button-gone = (لم يعد الزر { $number } موجودًا: فقد تغيرت رسالته.)
sandbox-link-button = (يفتح هذا الزر عنوانًا على الويب: { $url })
sandbox-paste-start = (يُرجى لصق النص أو كتابته؛ وينتهي بسطر لا يحتوي إلا على نقطة.)
sandbox-paste-empty = (لم يكن هناك نص لإرساله.)
sandbox-no-file = (لا يوجد ملف في { $path }.)
sandbox-clock-usage = (يُرجى كتابة، مثلًا، :clock +7d أو :clock +3h أو :clock +1d 12h أو :clock 2027-01-20 09:00 (بالتوقيت العالمي المنسق).)
sandbox-clock-backwards = (لا تتقدم الساعة إلا إلى الأمام؛ وهي تشير الآن إلى { $now } بالتوقيت العالمي المنسق.)
sandbox-reminder-ran = (نُفِّذ التذكير المقرر قبل الموعد النهائي { $days ->
    [one] بيوم واحد
    [two] بيومين
    [few] بـ { $days } أيام
   *[other] بـ { $days } يومًا
}. جهات الاتصال المقرر تذكيرها: { $recipients }، ومنها في ساعات العمل التالية في بلدها: { $deferred }. سبق تذكيرها: { $already }. لم تبق لها ساعة مناسبة قبل الموعد النهائي: { $late }.)
sandbox-clock = (تشير ساعة الروبوت إلى { $now } بالتوقيت العالمي المنسق؛ والموعد النهائي { $deadline } بالتوقيت العالمي المنسق.)
sandbox-expect-usage = (يُرجى ذكر النص المنتظر، مثل :expect شكرًا.)
sandbox-expect-failed = لم يصل في غضون { $seconds } ثانية أي رد يحتوي على ”{ $text }“.
sandbox-goodbye = مع السلامة.

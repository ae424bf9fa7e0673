## /schedule: الموعد النهائي وموعد الاجتماع والتذكيرات.

schedule-title = الجدول الزمني للمشاورات
schedule-deadline = الموعد النهائي لتقديم المدخلات: { $deadline }
schedule-meeting = الاجتماع: { $meeting }
schedule-reminders-title = التذكيرات المقررة:
schedule-reminders-none = لا يوجد أي تذكير مقرر.
schedule-days-before = { $days ->
    [zero] في يوم الموعد النهائي
    [one] قبل الموعد النهائي بيوم واحد
    [two] قبل الموعد النهائي بيومين
    [few] قبل الموعد النهائي بـ { $days } أيام
    [many] قبل الموعد النهائي بـ { $days } يوماً
   *[other] قبل الموعد النهائي بـ { $days } يوم
}
schedule-reminder-line = • { $offset }: { $when } (عدد المرسل إليهم حالياً: { $count })
schedule-history-title = التذكيرات السابقة:
schedule-reminder-sent = • { $offset }: أُرسل في { $when }
schedule-reminder-skipped = • { $offset }: لم يُرسل (كان الموعد النهائي قد انقضى أو حل محله تذكير لاحق)
schedule-reminder-cancelled = • { $offset }: أُلغي
schedule-change-deadline = تغيير الموعد النهائي
schedule-change-meeting = تغيير موعد الاجتماع
schedule-add-reminder = إضافة تذكير
schedule-cancel-reminder = إلغاء تذكير
schedule-close = إغلاق
schedule-back-button = رجوع
schedule-confirm-button = تأكيد
schedule-ask-deadline = يُرجى كتابة الموعد النهائي الجديد بصيغة السنة-الشهر-اليوم ثم الساعة، بتوقيت { $zone }، مثلاً: { $example }
schedule-ask-meeting = يُرجى كتابة اليوم الأول واليوم الأخير للاجتماع بصيغة السنة-الشهر-اليوم، مثلاً: { $example }
schedule-ask-offset = قبل كم يوماً من الموعد النهائي ينبغي إرسال التذكير؟ يُرجى كتابة عدد من 1 إلى { $max }.
schedule-bad-date = تعذرت قراءة هذا التاريخ. يُرجى كتابته بهذه الصيغة: { $example }
schedule-deadline-past = يجب أن يكون الموعد النهائي الجديد في المستقبل. يُرجى كتابة تاريخ آخر.
schedule-deadline-before-opening = يجب أن يكون الموعد النهائي بعد بدء المشاورات ({ $opens }). يُرجى كتابة تاريخ آخر.
schedule-deadline-after-meeting = يجب أن يحلّ الموعد النهائي قبل الاجتماع الذي يُفتتح في { $meeting }. يُرجى كتابة تاريخ أسبق، أو تغيير موعد الاجتماع أولاً.
schedule-meeting-order = لا يمكن أن يسبق اليوم الأخير للاجتماع يومه الأول. يُرجى كتابة التاريخين مرة أخرى.
schedule-meeting-before-deadline = يجب أن يُفتتح الاجتماع بعد الموعد النهائي لتقديم المساهمات ({ $deadline }). يُرجى كتابة تواريخ لاحقة، أو تغيير الموعد النهائي أولاً.
schedule-bad-offset = يُرجى كتابة عدد صحيح من 1 إلى { $max }.
schedule-offset-past = بالنظر إلى الموعد النهائي الحالي، سيقع هذا التذكير في الماضي ({ $when }). يُرجى كتابة عدد أصغر.
schedule-offset-exists = يوجد بالفعل تذكير مقرر { $offset }.
schedule-confirm-deadline = هل تودون تغيير الموعد النهائي من { $old } إلى { $new }؟ وسيُعاد تحديد مواعيد التذكيرات تبعاً لذلك.
schedule-confirm-meeting = هل تودون تغيير موعد الاجتماع ({ $old }) إلى { $new }؟
schedule-changed = حُفظ التغيير وأُعيد تحديد مواعيد التذكيرات.
schedule-reminder-added = أُضيف التذكير.
schedule-reminder-removed = أُلغي التذكير.
schedule-pick-reminder = أي تذكير تودون إلغاءه؟
schedule-reminder-button = { $offset }: { $date }
schedule-closed = أُغلق الجدول الزمني.
schedule-use-buttons = يُرجى استخدام الأزرار أدناه.
schedule-text-only = يُرجى كتابة إجابتكم نصاً.
schedule-cancelled = لم يُغير أي شيء.

## السجل (/broadcasts): ما يمر عبر قائمة الإرسال إلى جانب الرسائل الجماعية والتذكيرات.

broadcasts-kind-personal-alert = تنبيه إلى موظف بمساهمة جديدة أو منقحة
broadcasts-kind-personal-digest = موجز يومي إلى موظف
broadcasts-kind-personal-notice = إشعار إلى جهة اتصال وطنية (الدليل)
broadcasts-kind-reply = رد الأمانة على مساهمة
broadcasts-kind-deadline-notice = إشعار بشأن الموعد النهائي

## /audit: القيود المتعلقة بمشاورة واحدة.

audit-usage-consultation = في حال وجود عدة مشاورات: /audit consultation <الرقم>.

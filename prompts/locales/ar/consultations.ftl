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
consultations-copied = نُسخت المشاورة رقم { $id } لجولة جديدة بوصفها المشاورة رقم { $new } (مشروع، مرتبط بالجولة التي يجددها).

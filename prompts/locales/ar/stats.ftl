## /stats (issue 6). المفاتيح معرِّفات ثابتة لا يعاد استخدامها.

stats-title = أرقام المشاورة حتى { $date }
stats-none = لم ترد أي مساهمة حتى الآن.
stats-total = المساهمات الواردة (غير المسحوبة): { $count }
stats-withdrawn = المساهمات المسحوبة: { $count }
stats-countries = البلدان التي أجابت: { $answered } من أصل { $invited } من البلدان المدعوة
stats-other-respondents = جهات مجيبة أخرى (غير مدرجة في قائمة البلدان المدعوة): { $count }
stats-topics-heading = حسب الموضوع:
stats-topic-line = • { $topic }: { $count }
stats-days-heading = حسب يوم التقديم الأول (توقيت { $zone }):
stats-day-line = • { $date }: { $count }
stats-days-earlier = عدد الأيام السابقة غير المعروضة: { $count }
stats-chart-title = المساهمات الواردة
stats-chart-topics = حسب الموضوع
stats-chart-days = حسب اليوم
stats-chart-count = المساهمات
stats-chart-caption = المساهمات حسب الموضوع وحسب اليوم

# Several consultations (issue 13).
stats-unknown-consultation = لا توجد مشاورة رقم { $number }. يعرض الأمر /consultations قائمة المشاورات؛ ويعرض الأمر /stats وحده أرقام المشاورة الأولى.

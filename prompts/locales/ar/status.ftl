## /status: من قدم رده.

status-title = حالة المشاورات في { $date }
status-submitted = البلدان التي قدمت مدخلات: { $count }
status-registered = البلدان التي لديها جهة اتصال مسجلة ولم تقدم مدخلات: { $count }
status-invited = البلدان المدعوة التي ليست لديها جهة اتصال: { $count }
status-topics = المدخلات حسب الموضوع:
status-topic-line = • { $topic }: { $count }
status-unreachable = جهات الاتصال التي يتعذر الوصول إليها: { $count }
status-unreachable-line = • { $country }: { $name } ({ $reason }، منذ { $date })
status-country-title = { $country }: حالة المشاورات في { $date }
status-country-invited = مدعو إلى المشاورات.
status-country-not-invited = غير مدرج في قائمة البلدان المدعوة.
status-country-focal-points = جهات الاتصال المعتمدة: { $count }
status-country-submissions = المدخلات: { $count }
status-country-submission = • { $reference } · { $topic }
status-country-which = أي دولة تقصدون بـ«{ $text }»؟ يرجى الاختيار:
status-country-unknown = «{ $text }» ليس دولة أو منظمة نعرفها. يرجى كتابة اسمها بإحدى اللغات الست، أو رمزها وفق معيار ISO، بعد /status.

## /status: من قدم رده.

status-title = حالة المشاورات في { $date }
status-submitted = البلدان التي قدمت مدخلات: { $count }
status-registered = البلدان التي لديها جهة اتصال مسجلة ولم تقدم مدخلات: { $count }
status-invited = البلدان المدعوة التي ليست لديها جهة اتصال: { $count }
status-topics = المدخلات حسب الموضوع:
status-topic-line = • { $topic }: { $count }
status-unreachable = جهات الاتصال التي يتعذر الوصول إليها: { $count }
status-unreachable-line = • { $country }: { $name } ({ $reason }، منذ { $date })

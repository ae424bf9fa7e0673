## Telegram's command menu for secretariat officers and admins (handlers/command_menus.py).
## Each text is one command's description in the chat's menu (at most 256 characters).
staffcmd-status = الردود الواردة، حسب الدولة
staffcmd-read = قراءة مساهمة برقمها المرجعي
staffcmd-review = استعراض المساهمات
staffcmd-tags = محاور ورقة المناقشة
staffcmd-focalpoints = دليل جهات الاتصال الوطنية
staffcmd-pending = طلبات التسجيل التي تنتظر الموافقة
staffcmd-alerts = التنبيهات بالمساهمات الجديدة
staffcmd-invite = إنشاء رابط دعوة
staffcmd-invites = روابط الدعوة
staffcmd-letters = حزمة الرسائل للدمج البريدي
staffcmd-broadcast = إرسال دعوة أو تذكير
staffcmd-broadcasts = التعميمات والتذكيرات المرسلة
staffcmd-schedule = الموعد النهائي وموعد الاجتماع والتذكيرات
staffcmd-extensions = تمديد الموعد النهائي حسب الدولة
staffcmd-export = تنزيل المساهمات
staffcmd-stats = أرقام ورسم بياني
staffcmd-consultations = المشاورات
staffcmd-grant = منح دور الأمانة
staffcmd-revoke = سحب دور الأمانة
staffcmd-audit = سجل المراجعة

## الملف الشخصي والخصوصية (handlers/profile.py).

prof-title = ملفكم الشخصي
prof-not-given = —
prof-details =
    البلد: { $country }
    الاسم: { $name }
    اللقب: { $title }
    المنظمة: { $organisation }
    البريد الإلكتروني: { $email }
    اللغة: { $chosen }
prof-status-new = الحالة: لم يكتمل التسجيل.
prof-status-pending = الحالة: في انتظار موافقة الأمانة.
prof-status-approved = الحالة: جهة اتصال وطنية مسجّلة.
prof-status-rejected = الحالة: لم توافق الأمانة على التسجيل.
prof-status-erased = الحالة: مُحيت البيانات الشخصية.
prof-role-secretariat = الدور: موظف في الأمانة.
prof-role-admin = الدور: مسؤول إدارة.
prof-telegram-id = معرّفكم في Telegram: { $telegram_id }
prof-edit-name = تعديل الاسم
prof-edit-title = تعديل اللقب
prof-edit-org = تعديل المنظمة
prof-edit-email = تعديل البريد الإلكتروني
prof-forget-button = محو بياناتي
prof-not-registered = لستم مسجّلين. يُرجى إرسال /start للتسجيل.
prof-edit-cancel-hint = لإبقاء القيمة دون تغيير، أرسلوا /cancel.
prof-no-edit = لا يوجد تصحيح جارٍ. يُرجى إرسال /profile.
prof-updated = حُدّث ملفكم الشخصي.
prof-edit-cancelled = لم يُغيَّر شيء.

prof-forget-nothing = لا نحتفظ بأي بيانات شخصية عنكم.
prof-forget-confirm =
    هل ترغبون في محو بياناتكم الشخصية؟

    سيُمحى اسمكم ولقبكم ومنظمتكم وعنوان بريدكم الإلكتروني، ولن تظلوا مسجّلين بصفتكم جهة اتصال.

    وستبقى التعليقات المقدَّمة بالفعل باسم بلدكم مساهمةً من حكومتكم، دون بياناتكم الشخصية.
prof-forget-confirm-staff =
    هل ترغبون في محو بياناتكم الشخصية؟

    سيُمحى اسمكم ولقبكم ومنظمتكم وعنوان بريدكم الإلكتروني، ولن يعود لهذا الحساب حق الوصول إلى وظائف الأمانة.
prof-forget-yes = نعم، امحوا بياناتي
prof-forget-no = لا، احتفظوا ببياناتي
prof-forget-done =
    مُحيت بياناتكم الشخصية: لم نعد نحتفظ باسمكم ولقبكم ومنظمتكم وعنوان بريدكم الإلكتروني، ولم تعودوا مسجّلين.

    وتبقى التعليقات المقدَّمة بالفعل باسم بلدكم مساهمةً من حكومتكم، دون بياناتكم الشخصية.

    يمكنكم التسجيل من جديد في أي وقت باستخدام الأمر /start.
prof-forget-kept = احتُفظ ببياناتكم؛ ولم يُغيَّر شيء.

## الأدوار والموافقات (handlers/roles.py).

role-pending-entry = { $name }، { $title }، { $organisation } ({ $country })، { $email }، معرّف Telegram { $telegram_id }
role-pending-notice = تسجيل جديد، أُجري دون رابط دعوة، في انتظار الموافقة:
role-pending-link-problem = رابط الدعوة المستخدم { $problem ->
        [expired] كانت صلاحيته قد انتهت.
        [revoked] كان قد سُحب.
        [used_up] كان قد استُخدم بالفعل العدد الأقصى المسموح به من المرات.
       *[other] لم يكن صالحاً.
    }
role-approve = ✓ موافقة
role-reject = ✗ رفض
role-approve-number = ✓ موافقة { $number }
role-reject-number = ✗ رفض { $number }
role-pending-none = لا توجد تسجيلات في انتظار الموافقة.
role-pending-title = التسجيلات التي تنتظر الموافقة: { $count }
role-pending-more = التسجيلات غير المعروضة: { $count }. يُرجى البت في التسجيلات الواردة أعلاه أولاً.
role-already-decided = سبق البت في هذا التسجيل (الحالة الحالية: { $status ->
        [approved] تمت الموافقة عليه
        [rejected] رُفض
        [erased] محا صاحبه بياناته
       *[other] { $status }
    }).
role-approved-staff = تمت الموافقة: { $name } ({ $country }). وأُبلغت جهة الاتصال بذلك.
role-rejected-staff = رُفض: { $name } ({ $country }). وأُبلغ صاحب التسجيل بذلك.
role-you-are-approved = وافقت الأمانة على تسجيلكم بصفتكم جهة اتصال وطنية عن { $country }.
role-you-are-rejected = لم توافق الأمانة على تسجيلكم بصفتكم جهة اتصال وطنية عن { $country }. وإذا رأيتم أن في ذلك خطأً، يُرجى الاتصال بالأمانة.

role-staff-entry = • { $name }، معرّف Telegram { $telegram_id }: { $role ->
        [admin] مسؤول إدارة
       *[secretariat] موظف في الأمانة
    }
role-grant-usage =
    لإسناد دور موظف في الأمانة: /grant متبوعاً بمعرّف Telegram الخاص بالشخص (يمكنه الاطلاع عليه باستخدام الأمر /profile).

    الموظفون الحاليون:
    { $staff }
role-revoke-usage =
    لسحب دور موظف في الأمانة: /revoke متبوعاً بمعرّف Telegram الخاص بالشخص.

    الموظفون الحاليون:
    { $staff }
role-grant-unchanged = لم يتغير شيء: { $telegram_id } { $role ->
        [admin] مسؤول إدارة بالفعل
       *[secretariat] موظف في الأمانة بالفعل
    }.
role-revoke-unchanged = لم يتغير شيء: { $telegram_id } { $role ->
        [admin] مسؤول إدارة (يُحدَّد مسؤولو الإدارة في الإعدادات، ADMIN_IDS)
       *[other] ليس موظفاً في الأمانة
    }.
role-granted = أصبح { $telegram_id } موظفاً في الأمانة، وأُبلغ بذلك.
role-granted-not-told = أصبح { $telegram_id } موظفاً في الأمانة. وتعذّر إبلاغه: ينبغي له أن يرسل /start إلى الروبوت.
role-revoked = لم يعد { $telegram_id } موظفاً في الأمانة، وأُبلغ بذلك.
role-revoked-not-told = لم يعد { $telegram_id } موظفاً في الأمانة.
role-granted-you = أُسند إليكم دور موظف في الأمانة لهذه المشاورة.
role-revoked-you = انتهى دوركم بصفتكم موظفاً في الأمانة لهذه المشاورة.

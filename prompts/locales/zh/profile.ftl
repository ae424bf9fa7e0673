## 个人资料与隐私（handlers/profile.py）。

prof-title = 您的个人资料
prof-not-given = —
prof-details =
    国家：{ $country }
    姓名：{ $name }
    职衔：{ $title }
    组织：{ $organisation }
    电子邮件：{ $email }
    语文：{ $chosen }
prof-status-new = 状态：登记尚未完成。
prof-status-pending = 状态：等待秘书处批准。
prof-status-approved = 状态：已登记的国家联络人。
prof-status-rejected = 状态：登记未获秘书处批准。
prof-status-erased = 状态：个人信息已删除。
prof-role-secretariat = 角色：秘书处工作人员。
prof-role-admin = 角色：管理员。
prof-telegram-id = 您的 Telegram ID：{ $telegram_id }
prof-edit-name = 修改姓名
prof-edit-title = 修改职衔
prof-edit-org = 修改组织
prof-edit-email = 修改电子邮件
prof-forget-button = 删除我的信息
prof-not-registered = 您尚未登记。请发送 /start 进行登记。
prof-edit-cancel-hint = 如不作修改，请发送 /cancel。
prof-no-edit = 目前没有正在进行的更正。请发送 /profile。
prof-updated = 您的个人资料已更新。
prof-edit-cancelled = 未作任何修改。

prof-forget-nothing = 我们未保存您的任何个人信息。
prof-forget-confirm =
    您是否希望删除您的个人信息？

    您的姓名、职衔、组织和电子邮件地址将被删除，您将不再登记为联络人。

    已代表贵国提交的评论意见将作为贵国政府的意见保留，但不含您的个人信息。
prof-forget-confirm-staff =
    您是否希望删除您的个人信息？

    您的姓名、职衔、组织和电子邮件地址将被删除，此账号将无法再使用秘书处的各项功能。
prof-forget-yes = 是，删除我的信息
prof-forget-no = 否，保留我的信息
prof-forget-done =
    您的个人信息已删除：我们不再保存您的姓名、职衔、组织和电子邮件地址，您也不再处于登记状态。

    已代表贵国提交的评论意见将作为贵国政府的意见保留，但不含您的个人信息。

    您可随时使用 /start 重新登记。
prof-forget-kept = 您的信息已保留，未作任何修改。

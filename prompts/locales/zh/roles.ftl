## 角色与审批（handlers/roles.py）。

role-pending-entry = { $name }，{ $title }，{ $organisation }（{ $country }），{ $email }，Telegram ID { $telegram_id }
role-pending-notice = 一项未使用邀请链接的新登记正在等待批准：
role-pending-link-problem = 所用的邀请链接{ $problem ->
        [expired] 已过期。
        [revoked] 已被撤销。
        [used_up] 的使用次数已达上限。
       *[other] 无效。
    }
role-approve = ✓ 批准
role-reject = ✗ 拒绝
role-approve-number = ✓ 批准{ $number }
role-reject-number = ✗ 拒绝{ $number }
role-pending-none = 目前没有等待批准的登记。
role-pending-title = 等待批准的登记：{ $count }
role-pending-more = 未显示的登记：{ $count }。请先处理上列登记。
role-already-decided = 此登记已处理（当前状态：{ $status ->
        [approved] 已批准
        [rejected] 已拒绝
        [erased] 本人已删除其信息
       *[other] { $status }
    }）。
role-approved-staff = 已批准：{ $name }（{ $country }）。已通知该联络人。
role-rejected-staff = 已拒绝：{ $name }（{ $country }）。已通知本人。
role-you-are-approved = 秘书处已批准您作为{ $country }国家联络人的登记。
role-you-are-rejected = 秘书处未批准您作为{ $country }国家联络人的登记。如您认为有误，请与秘书处联系。

role-staff-entry = • { $name }，Telegram ID { $telegram_id }：{ $role ->
        [admin] 管理员
       *[secretariat] 秘书处工作人员
    }
role-grant-usage =
    授予秘书处工作人员角色：/grant 后接该人员的 Telegram ID（本人可使用 /profile 查看）。

    现有工作人员：
    { $staff }
role-revoke-usage =
    撤销秘书处工作人员角色：/revoke 后接该人员的 Telegram ID。

    现有工作人员：
    { $staff }
role-grant-unchanged = 未作任何更改：{ $telegram_id }已经是{ $role ->
        [admin] 管理员
       *[secretariat] 秘书处工作人员
    }。
role-revoke-unchanged = 未作任何更改：{ $telegram_id }{ $role ->
        [admin] 是管理员（管理员在配置 ADMIN_IDS 中设定）
       *[other] 不是秘书处工作人员
    }。
role-granted = { $telegram_id }现为秘书处工作人员，并已收到通知。
role-granted-not-told = { $telegram_id }现为秘书处工作人员。无法通知本人：本人应向机器人发送 /start。
role-revoked = { $telegram_id }已不再是秘书处工作人员，并已收到通知。
role-revoked-not-told = { $telegram_id }已不再是秘书处工作人员。
role-granted-you = 您已被授予本次磋商的秘书处工作人员角色。
role-revoked-you = 您在本次磋商中的秘书处工作人员角色已终止。

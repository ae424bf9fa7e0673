## 邀请链接与信函包（handlers/invitations.py）。

inv-invite-usage =
    创建邀请链接：/invite 后接国家，还可接使用次数和有效天数。
    示例：/invite 肯尼亚 2 30
    如不提供这些数字：使用次数{ $uses }，有效天数{ $days }。最多使用次数：{ $max_uses }；最长有效天数：{ $max_days }。
inv-country-suggest = 未能准确识别“{ $text }”。您指的是哪个国家？
inv-country-which = “{ $text }”可能指不止一个国家。请选择要为其创建邀请链接的国家。
inv-country-unknown = “{ $text }”与我们所知的任何国家或组织均不对应。请用六种语文之一输入其名称，或输入其 ISO 代码。
inv-created =
    邀请链接（{ $country }）：
    { $link }

    有效期至：{ $expires }
    允许使用次数：{ $uses }
inv-qr-caption = { $country }：{ $link }
inv-revoke = 撤销此链接
inv-revoke-number = 撤销{ $number }
inv-list-empty = 目前没有有效的邀请链接。
inv-list-title = 有效的邀请链接：{ $count }（第{ $page }页，共{ $pages }页）
inv-list-entry = { $country }：已使用{ $uses }/{ $max_uses }，有效期至{ $expires }
    { $link }
inv-page-previous = ‹ 上一页
inv-page-next = 下一页 ›
inv-revoke-confirm =
    是否撤销{ $country }的邀请链接？
    { $link }

    该链接将立即失效；已通过该链接完成的登记不受影响。
inv-revoke-yes = 是，撤销
inv-revoke-no = 否，返回列表
inv-revoke-already = 此链接此前已被撤销。
inv-revoked = { $country }的链接已撤销。

inv-letters-unknown = 无法识别：{ $codes }
inv-letters-usage = 用法：/letters all 用于所有受邀国家，或 /letters 后接 ISO 代码（例如：/letters KE FR EU）。每个国家将获得一个新链接（使用次数：{ $uses }；有效天数：{ $days }）。
inv-letters-done = 用于邮件合并的信函包。国家数：{ $count }。每个链接的使用次数：{ $uses }。有效期至：{ $expires }。
inv-letters-readme =
    邀请信函包

    letters.csv 是邮件合并的数据源（UTF-8）：每个国家一行，包含 code、country、country_in_letter_language、language、link、valid_until、max_uses、qr_image、letter_text 和 links_per_consultation 各列。信函文本使用该国的首选语文。如有多项磋商对该国开放，links_per_consultation 列为每项磋商各提供一个链接，登记后直接进入该磋商。

    qr 文件夹中每个国家有一个二维码（例如肯尼亚为 qr/KE.png）；qr_image 列给出文件名，可用于 INCLUDEPICTURE 域。

    每个链接的使用次数：{ $uses }。可在机器人中使用 /invites 查看和撤销这些链接。
inv-letter-text =
    { $country }

    联合国环境规划署秘书处谨向贵方致意，并荣幸地邀请贵国政府或组织为“{ $title }”作出贡献。

    评论意见可在{ $deadline }之前通过本次磋商的 Telegram 机器人提交。为登记贵方的国家联络人，请在安装了 Telegram 的设备上打开以下链接，或扫描随附的二维码：
    { $link }

    此链接专供贵国政府或组织使用，有效期至{ $expires }。

    秘书处谨借此机会再次向贵方致以最崇高的敬意。

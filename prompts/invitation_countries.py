"""Which countries "all" means for invitation letters.

The consultation definition lists the invited countries; an empty list means every Member
State of the United Nations plus the European Union (prompts/consultation.toml). ISO 3166
(pycountry) also lists territories that are not States, so the 193 Member States are named
here by their ISO 3166-1 alpha-2 codes (membership as of South Sudan's admission, 2011; a
test checks that every code exists in pycountry and that there are 193 of them).
"""

from __future__ import annotations

from prompts.consultation import Consultation

UN_MEMBER_STATES: frozenset[str] = frozenset(
    """
    AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
    CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
    FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
    KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR
    NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST
    SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG
    UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
    """.split()
)
REGIONAL_ORGANISATIONS: frozenset[str] = frozenset({"EU"})


def invited_countries(consultation: Consultation) -> list[str]:
    """The codes "all" stands for, sorted: the definition's list, or the UN default."""
    listed = [code.upper() for code in consultation.invited_countries]
    return sorted(set(listed) if listed else UN_MEMBER_STATES | REGIONAL_ORGANISATIONS)

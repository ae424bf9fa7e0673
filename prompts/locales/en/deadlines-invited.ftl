## /extensions N: an extension only for a State the consultation invites.

deadlines-state-not-invited = The State named ({ $country }) is not among the States invited to this consultation: an extension would concern nobody. Please type the name of an invited State.

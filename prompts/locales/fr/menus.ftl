## Telegram's command menu for secretariat officers and admins (handlers/command_menus.py).
## Each text is one command's description in the chat's menu (at most 256 characters).
staffcmd-status = Réponses reçues, par État
staffcmd-read = Lire une contribution par sa référence
staffcmd-review = Examiner les contributions
staffcmd-tags = Rubriques du document de réflexion
staffcmd-focalpoints = Annuaire des correspondants
staffcmd-pending = Inscriptions en attente d'approbation
staffcmd-alerts = Alertes de nouvelles contributions
staffcmd-invite = Créer un lien d'invitation
staffcmd-invites = Liens d'invitation
staffcmd-letters = Dossier de lettres pour le publipostage
staffcmd-broadcast = Envoyer une invitation ou un rappel
staffcmd-broadcasts = Diffusions et rappels envoyés
staffcmd-schedule = Date limite, dates de la réunion et rappels
staffcmd-extensions = Prorogations de délai par État
staffcmd-export = Télécharger les contributions
staffcmd-stats = Chiffres et graphique
staffcmd-consultations = Consultations
staffcmd-grant = Attribuer le rôle de secrétariat
staffcmd-revoke = Retirer le rôle de secrétariat
staffcmd-audit = Journal d'audit

## Textes propres au bac à sable du terminal (consultbot sandbox) : avis autour de la conversation avec le bot.

sandbox-banner = consultbot sandbox : hors ligne, sans jeton. Base de données : { $database }
sandbox-dates = Les dates de la consultation d'exemple sont décalées afin qu'elle soit ouverte dès maintenant : date limite le { $deadline } UTC.
sandbox-places = Journal : { $log }. Les fichiers envoyés par le bot sont enregistrés sous { $files }, dans un dossier par personne.
sandbox-help =
    Écrivez comme le ferait un utilisateur de Telegram : chaque ligne est envoyée au bot comme un message, y compris un nombre.
      #N ou :press N     appuyer sur le bouton N parmi les derniers boutons affichés
      :as NOM [PAYS] [LANGUE]
                         écrire en tant que NOM (créé s'il est nouveau ; avec un pays, NOM ouvre le lien d'invitation de ce pays)
      :fp, :officer, :admin    le correspondant du Kenya, un fonctionnaire du secrétariat, l'administrateur
      :inbox [NOM]       afficher de nouveau ce que NOM (ou vous-même) a reçu
      :link              ouvrir de nouveau votre lien d'invitation
      :paste             un long texte sur plusieurs lignes, jusqu'à une ligne ne contenant qu'un point
      :file CHEMIN       envoyer un document ; :sticker, :photo en envoient un
      :lang CODE         votre langue Telegram (ar, zh, en, fr, ru, es ou une autre)
      :clock +7d, :clock +3h, :clock 2027-01-20 09:00    avancer l'horloge du bot (UTC)
      :expect TEXTE      attendre quelques secondes une réponse contenant TEXTE
      :help              le présent texte ; :quit pour quitter (Ctrl-D également)
sandbox-people = Personnes : { $people }. Vous écrivez en tant que { $persona }.
sandbox-link-hint = Pour vous inscrire comme correspondant(e) du Kenya au moyen d'un lien d'invitation, tapez :link (/start { $token }), ou /start seul : l'inscription attend alors l'approbation du secrétariat.
sandbox-label = { $own ->
    [yes] bot>
   *[no] bot → { $persona }>
}
sandbox-label-edited = { $own ->
    [yes] bot (modifié)>
   *[no] bot → { $persona } (modifié)>
}
sandbox-label-deleted = { $own ->
    [yes] (Le bot a supprimé l'un de ses messages.)
   *[no] (Le bot a supprimé l'un de ses messages à { $persona }.)
}
sandbox-file-saved = [fichier { $name }, { $size } octets, enregistré sous { $path }]
sandbox-image-saved = [image, { $size } octets, enregistrée sous { $path }]
sandbox-unknown-command = (Il n'existe pas de commande du bac à sable { $command } ; :help en donne la liste.)
sandbox-bot-slow = (Le bot n'a pas fini de répondre au bout de 30 secondes ; son journal peut en indiquer la raison.)
sandbox-split = (Votre texte compte { $length } caractères et Telegram en accepte au plus { $limit } par message : il est envoyé en { $parts } messages, coupé aux espaces, comme l'envoie une application Telegram.)
sandbox-name-bad = (Le nom d'une personne est un seul mot composé de lettres, de chiffres, de points ou de traits d'union : « { $name } » ne l'est pas.)
sandbox-country-unknown = (Aucun pays ne s'appelle « { $text } ». Noms proches : { $suggestions }.)
sandbox-persona-new = (Nouvelle personne : { $persona }, langue Telegram { $code }.)
sandbox-typing-as = (Vous écrivez désormais en tant que { $persona }.)
sandbox-persona-link = ({ $persona } ouvre le lien d'invitation pour le pays suivant : { $country }.)
sandbox-language-set = (Langue Telegram désormais : { $code }.)
sandbox-language-usage = (Veuillez indiquer un code de langue, par exemple :lang fr.)
sandbox-no-link = ({ $persona } n'a pas de lien d'invitation ; :as NOM PAYS crée une personne qui en a un.)
sandbox-unknown-persona = (Personne ne s'appelle { $persona } ; :as { $persona } crée cette personne.)
sandbox-inbox = { $count ->
    [one] (Ce que { $persona } a reçu, du plus ancien au plus récent : un message.)
   *[other] (Ce que { $persona } a reçu, du plus ancien au plus récent : { $count } messages.)
}
sandbox-press-usage = (Veuillez indiquer le numéro du bouton, par exemple #3 ou :press 3.)
sandbox-no-button = { $highest ->
    [0] (Il n'y a pas de bouton { $number } : aucun bouton n'est affiché.)
   *[other] (Il n'y a pas de bouton { $number } : les derniers boutons sont numérotés de 1 à { $highest }.)
}
sandbox-button-gone = (Le bouton { $number } n'existe plus : son message a changé.)
sandbox-link-button = (Ce bouton ouvre une adresse web : { $url })
sandbox-paste-start = (Veuillez coller ou taper le texte ; une ligne ne contenant qu'un point y met fin.)
sandbox-paste-empty = (Il n'y avait aucun texte à envoyer.)
sandbox-no-file = (Il n'y a pas de fichier à l'emplacement { $path }.)
sandbox-clock-usage = (Veuillez écrire, par exemple, :clock +7d, :clock +3h, :clock +1d 12h ou :clock 2027-01-20 09:00 (UTC).)
sandbox-clock-backwards = (L'horloge ne peut qu'avancer ; elle indique { $now } UTC.)
sandbox-reminder-ran = (Le rappel prévu { $days ->
    [one] un jour
   *[other] { $days } jours
} avant la date limite a été exécuté. Points focaux à rappeler : { $recipients }, dont aux prochaines heures de bureau de leur pays : { $deferred }. Déjà rappelés : { $already }. Sans heure convenable avant la date limite : { $late }.)
sandbox-clock = (L'horloge du bot indique { $now } UTC ; la date limite est le { $deadline } UTC.)
sandbox-expect-usage = (Veuillez indiquer le texte attendu, par exemple :expect Merci.)
sandbox-expect-failed = Aucune réponse contenant « { $text } » n'est arrivée dans un délai de { $seconds } secondes.
sandbox-goodbye = Au revoir.

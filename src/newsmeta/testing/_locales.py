"""Page wording of the fixture renderer in French, German and Portuguese.

Merged into the tables of :mod:`newsmeta.testing._render` and
:data:`newsmeta.testing._factories.DISCLOSURE_LABELS`; the same keys as English.
"""

from __future__ import annotations

__all__ = ["LABELS", "MONTHS", "REL", "TEXT"]

TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "published": "Publié le", "posted": "Publié le", "updated": "Mis à jour le",
        "by": "Par", "and": "et", "rate": "Notez cet article :",
        "first_review": "Laissez le premier avis", "vote": "vote", "votes": "votes",
        "average": "moyenne :", "out_of": "sur", "comment": "commentaire",
        "comments": "commentaires", "thought": "réponse à", "thoughts": "réponses à",
        "says": "dit :", "reply": "Répondre", "leave_comment": "Laisser un commentaire",
        "leave_reply": "Laisser une réponse", "closed": "Les commentaires sont fermés.",
        "name": "Nom", "email": "E-mail", "message": "Message", "website": "Site web",
        "enter_email": "Veuillez saisir votre adresse e-mail.",
        "enter_name": "Veuillez saisir votre nom.",
        "enter_message": "Veuillez écrire un message.",
        "captcha": "Veuillez valider le re-captcha.", "good": "Parfait !",
        "post_comment": "Publier le commentaire",
        "email_notes": "Votre adresse e-mail ne sera pas publiée.",
        "required": "Les champs obligatoires sont indiqués avec",
        "cookie": "Nous utilisons des cookies pour améliorer votre expérience et afficher des "
        "publicités personnalisées.",
        "learn_more": "En savoir plus", "accept": "Tout accepter", "reject": "Refuser",
        "search": "Rechercher", "most_read": "Les plus lus",
        "newsletter": "Inscrivez-vous à notre lettre d'information",
        "newsletter_text": "L'essentiel de l'actualité, chaque matin dans votre boîte.",
        "subscribe": "S'abonner", "product": "Offre de la semaine",
        "product_name": "Casque à réduction de bruit, -40 %",
        "rate_product": "Notez ce produit", "see_offer": "Voir l'offre",
        "rights": "Tous droits réservés.", "tags": "Mots-clés :", "share": "Partager :",
        "at": "à", "locale": "fr_FR",
    },
    "de": {
        "published": "Veröffentlicht am", "posted": "Veröffentlicht am",
        "updated": "Aktualisiert am", "by": "Von", "and": "und",
        "rate": "Bewerten Sie diesen Artikel:",
        "first_review": "Schreiben Sie die erste Bewertung", "vote": "Stimme",
        "votes": "Stimmen", "average": "Durchschnitt:", "out_of": "von",
        "comment": "Kommentar", "comments": "Kommentare", "thought": "Antwort auf",
        "thoughts": "Antworten auf", "says": "sagt:", "reply": "Antworten",
        "leave_comment": "Kommentar schreiben", "leave_reply": "Antwort schreiben",
        "closed": "Die Kommentare sind geschlossen.", "name": "Name", "email": "E-Mail",
        "message": "Nachricht", "website": "Website",
        "enter_email": "Bitte geben Sie Ihre E-Mail-Adresse ein.",
        "enter_name": "Bitte geben Sie Ihren Namen ein.",
        "enter_message": "Bitte schreiben Sie eine Nachricht.",
        "captcha": "Bitte bestätigen Sie das re-captcha.", "good": "Sieht gut aus!",
        "post_comment": "Kommentar abschicken",
        "email_notes": "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        "required": "Pflichtfelder sind markiert mit",
        "cookie": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und personalisierte "
        "Werbung anzuzeigen.",
        "learn_more": "Mehr erfahren", "accept": "Alle akzeptieren", "reject": "Ablehnen",
        "search": "Suche", "most_read": "Meistgelesen",
        "newsletter": "Abonnieren Sie unseren Newsletter",
        "newsletter_text": "Die wichtigsten Nachrichten des Tages, jeden Morgen per E-Mail.",
        "subscribe": "Abonnieren", "product": "Angebot der Woche",
        "product_name": "Kopfhörer mit Geräuschunterdrückung, 40 % Rabatt",
        "rate_product": "Produkt bewerten", "see_offer": "Zum Angebot",
        "rights": "Alle Rechte vorbehalten.", "tags": "Schlagwörter:", "share": "Teilen:",
        "at": "um", "locale": "de_DE",
    },
    "pt": {
        "published": "Publicado em", "posted": "Publicado em", "updated": "Atualizado em",
        "by": "Por", "and": "e", "rate": "Avalie este artigo:",
        "first_review": "Deixe a primeira avaliação", "vote": "voto", "votes": "votos",
        "average": "média:", "out_of": "de", "comment": "comentário",
        "comments": "comentários", "thought": "resposta a", "thoughts": "respostas a",
        "says": "diz:", "reply": "Responder", "leave_comment": "Deixe um comentário",
        "leave_reply": "Deixe uma resposta", "closed": "Os comentários estão fechados.",
        "name": "Nome", "email": "E-mail", "message": "Mensagem", "website": "Site",
        "enter_email": "Por favor, informe seu e-mail.",
        "enter_name": "Por favor, informe seu nome.",
        "enter_message": "Por favor, escreva uma mensagem.",
        "captcha": "Por favor, confirme o re-captcha.", "good": "Tudo certo!",
        "post_comment": "Publicar comentário",
        "email_notes": "O seu endereço de e-mail não será publicado.",
        "required": "Os campos obrigatórios estão marcados com",
        "cookie": "Usamos cookies para melhorar sua experiência e mostrar publicidade "
        "personalizada.",
        "learn_more": "Saiba mais", "accept": "Aceitar tudo", "reject": "Recusar",
        "search": "Buscar", "most_read": "Mais lidas",
        "newsletter": "Assine a nossa newsletter",
        "newsletter_text": "As principais notícias do dia, toda manhã no seu e-mail.",
        "subscribe": "Assinar", "product": "Oferta da semana",
        "product_name": "Fones com cancelamento de ruído, 40% de desconto",
        "rate_product": "Avalie este produto", "see_offer": "Ver oferta",
        "rights": "Todos os direitos reservados.", "tags": "Tags:",
        "share": "Compartilhar:", "at": "às", "locale": "pt_BR",
    },
}  # fmt: skip

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember",
    ),
    "pt": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro",
    ),
}  # fmt: skip

REL: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "seconds": ("il y a quelques secondes", "il y a quelques secondes"),
        "minute": ("il y a une minute", "il y a {n} minutes"),
        "hour": ("il y a une heure", "il y a {n} heures"),
        "day": ("il y a un jour", "il y a {n} jours"),
        "month": ("il y a un mois", "il y a {n} mois"),
        "year": ("il y a un an", "il y a {n} ans"),
    },
    "de": {
        "seconds": ("vor ein paar Sekunden", "vor ein paar Sekunden"),
        "minute": ("vor einer Minute", "vor {n} Minuten"),
        "hour": ("vor einer Stunde", "vor {n} Stunden"),
        "day": ("vor einem Tag", "vor {n} Tagen"),
        "month": ("vor einem Monat", "vor {n} Monaten"),
        "year": ("vor einem Jahr", "vor {n} Jahren"),
    },
    "pt": {
        "seconds": ("há poucos segundos", "há poucos segundos"),
        "minute": ("há um minuto", "há {n} minutos"),
        "hour": ("há uma hora", "há {n} horas"),
        "day": ("há um dia", "há {n} dias"),
        "month": ("há um mês", "há {n} meses"),
        "year": ("há um ano", "há {n} anos"),
    },
}

# (language, level name, reviewed_by_human) -> banner text
LABELS: dict[tuple[str, str, bool | None], str] = {
    ("fr", "ai_generated", None): "Contenu généré par IA",
    ("fr", "ai_generated", True): (
        "Cet article a été généré par intelligence artificielle et relu par la rédaction."
    ),
    ("fr", "ai_assisted", None): "Cet article a été rédigé avec l'aide de l'IA.",
    ("fr", "ai_assisted", True): (
        "Cet article a été rédigé avec l'aide de l'IA et relu par un éditeur."
    ),
    ("fr", "ai_autonomous", False): (
        "Cet article a été généré par IA et publié sans relecture humaine."
    ),
    ("de", "ai_generated", None): "KI-generierter Inhalt",
    ("de", "ai_generated", True): (
        "Dieser Artikel wurde mit künstlicher Intelligenz erstellt und von der Redaktion geprüft."
    ),
    ("de", "ai_assisted", None): "Dieser Artikel wurde mit Unterstützung von KI verfasst.",
    ("de", "ai_assisted", True): (
        "Dieser Artikel wurde mit Unterstützung von KI verfasst und redaktionell geprüft."
    ),
    ("de", "ai_autonomous", False): (
        "Dieser Artikel wurde von KI erstellt und ohne menschliche Prüfung veröffentlicht."
    ),
    ("pt", "ai_generated", None): "Conteúdo gerado por IA",
    ("pt", "ai_generated", True): (
        "Este artigo foi gerado com inteligência artificial e revisado pela redação."
    ),
    ("pt", "ai_assisted", None): "Este artigo foi escrito com a ajuda de IA.",
    ("pt", "ai_assisted", True): (
        "Este artigo foi escrito com a ajuda de IA e revisado por um editor."
    ),
    ("pt", "ai_autonomous", False): (
        "Este artigo foi gerado por IA e publicado sem revisão humana."
    ),
}

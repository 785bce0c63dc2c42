"""Fixture word lists in French, German and Portuguese (invented names, places and outlets).

Merged into :data:`newsmeta.testing._words.WORDS`; the same keys as the English lists.
"""

from __future__ import annotations

__all__ = ["MORE_WORDS"]

_FR: dict[str, tuple[str, ...]] = {
    "first_names": (
        "Amélie", "Antoine", "Camille", "Chloé", "Élodie", "François", "Hélène", "Hugo",
        "Inès", "Julien", "Léa", "Lucas", "Manon", "Mathieu", "Nathalie", "Olivier",
        "Sophie", "Thomas", "Yasmine", "Zoé",
    ),
    "last_names": (
        "Bernard", "Dubois", "Fabre", "Garnier", "Lefèvre", "Leroy", "Martin", "Mercier",
        "Moreau", "Petit", "Roux", "Vincent", "Le Gall", "Saint-Clair",
    ),
    "organisation_authors": (
        "La Rédaction", "Service Politique", "Pôle Économie", "Agences", "Comité éditorial",
    ),
    "job_titles": (
        "Rédactrice en chef", "Correspondant politique", "Journaliste de données",
        "Chef du service économie", "Reporter",
    ),
    "sites": (
        "Le Veilleur du Rhône|leveilleurdurhone.fr", "La Gazette des Quais|gazettedesquais.fr",
        "L'Écho des Collines|echodescollines.news", "Le Phare Normand|lepharenormand.org",
        "Nouvelles d'Armor|nouvellesdarmor.net",
    ),
    "sections": ("Politique", "Économie", "Sciences", "Culture", "Société", "Sport"),
    "tags": (
        "logement", "transports", "budget", "climat", "santé", "éducation", "énergie", "emploi",
    ),
    "subjects_singular": (
        "Le conseil municipal", "La banque centrale", "L'agence régionale de santé",
        "Le parlement régional", "Le port autonome", "Un tribunal administratif",
        "L'université", "Le gouvernement",
    ),
    "subjects_plural": (
        "Les agriculteurs", "Les autorités sanitaires", "Les chercheurs", "Les syndicats",
        "Les élus locaux", "Les habitants",
    ),
    "verbs": (
        "adopte|adoptent", "rejette|rejettent", "présente|présentent", "reporte|reportent",
        "élargit|élargissent", "conteste|contestent", "soutient|soutiennent",
    ),
    "objects": (
        "le nouveau plan logement", "le budget des transports publics",
        "les restrictions d'eau", "la réforme des retraites locales",
        "le projet de parc éolien", "la hausse des tarifs de stationnement",
        "le programme de rénovation des écoles",
    ),
    "tails": (
        "après des mois de débat", "en pleine hausse des prix", "avant l'hiver",
        "malgré une forte opposition", "à l'approche des élections", "",
    ),
    "places": ("Valmont", "Saint-Aubin", "Port-Clair", "Montbrison-sur-Lac", "Rivesaltes"),
    "organisations": (
        "Chambre de commerce", "Association des locataires", "Fondation d'études fiscales",
        "Fédération des cyclistes", "Observatoire régional",
    ),
    "sentences": (
        "{subject} a affirmé que {object} serait revu avant la fin de l'année.",
        "La proposition, présentée pour la première fois en {month}, a été critiquée par "
        "l'opposition.",
        "{person}, porte-parole de la {org}, estime que la décision concernera environ "
        "{number} foyers de {place}.",
        "Les autorités de {place} négocient les détails depuis des semaines.",
        "« Nous ne pouvons plus attendre », a déclaré {person} aux journalistes {weekday}.",
        "Selon la {org}, les coûts ont augmenté de {percent} % depuis {year}.",
        "Le soutien est tombé sous les 40 % (<40 %) dans les zones rurales, selon le sondage "
        "\"Smith & Associés\".",
        "La mesure doit encore être approuvée, ce qui est prévu dans {number2} semaines.",
        "Les habitants de {place} ont rempli la salle lors d'une réunion publique {weekday} soir.",
        "Les analystes pensent que le résultat pèsera sur le débat bien au-delà de {place}.",
        "La {org} a salué l'annonce mais réclame des précisions sur le financement.",
        "Le rapport final est attendu en {month}, avec de nouvelles auditions.",
        "« C'est un premier pas, pas le dernier », a souligné {person}.",
        "Les chiffres n'incluent pas les coûts d'entretien, encore en cours d'évaluation.",
    ),
    "descriptions": (
        "La décision intervient après des mois de négociations et touchera des milliers "
        "d'habitants.",
        "Les autorités défendent le changement ; les critiques le jugent trop tardif.",
        "Ce que le vote change pour les ménages, les commerces et le budget municipal.",
    ),
    "months": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
    "weekdays": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "commenters": ("claire_b", "Jean-Marc", "PierreL", "Anne S.", "riverain75", "Zaza"),
    "comment_texts": (
        "Très bon article, merci d'expliquer les chiffres.",
        "Je ne suis pas d'accord avec la mairie. Cela pénalise les locataires.",
        "Quelqu'un sait-il quand a lieu la prochaine réunion publique ?",
        "Enfin une décision claire, il était temps.",
        "Et le financement, on en parle ? L'article reste vague.",
    ),
    "reply_texts": (
        "Bonne question, je me demandais la même chose.",
        "La réunion est annoncée sur le site de la mairie, c'est {weekday} prochain.",
        "Je ne crois pas, le financement a été annoncé en {month}.",
    ),
    "nav": ("Accueil", "Actualités", "Politique", "Économie", "Sciences", "Culture"),
    "footer": ("Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales"),
}  # fmt: skip

_DE: dict[str, tuple[str, ...]] = {
    "first_names": (
        "Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannah", "Jonas",
        "Katharina", "Lena", "Lukas", "Marie", "Niklas", "Paul", "Sophie", "Tobias", "Jürgen",
        "Sören", "Zeynep",
    ),
    "last_names": (
        "Becker", "Fischer", "Hoffmann", "Klein", "Krüger", "Müller", "Schneider", "Schulz",
        "Wagner", "Weber", "Wolf", "Zimmermann", "von Berg", "Große-Brink",
    ),
    "organisation_authors": (
        "Redaktion", "Ressort Politik", "Wirtschaftsredaktion", "Agenturen", "Online-Redaktion",
    ),
    "job_titles": (
        "Chefredakteurin", "Politikkorrespondent", "Datenjournalistin", "Wirtschaftsredakteur",
        "Reporter",
    ),
    "sites": (
        "Der Talbote|dertalbote.de", "Kurier am Fluss|kurieramfluss.de",
        "Nordlicht Nachrichten|nordlicht-nachrichten.news", "Die Brücke|diebruecke.org",
        "Landeszeitung Hügelland|lz-huegelland.net",
    ),
    "sections": ("Politik", "Wirtschaft", "Wissenschaft", "Kultur", "Gesellschaft", "Sport"),
    "tags": (
        "Wohnen", "Verkehr", "Haushalt", "Klima", "Gesundheit", "Bildung", "Energie", "Arbeit",
    ),
    "subjects_singular": (
        "Der Stadtrat", "Die Zentralbank", "Das Gesundheitsministerium", "Der Landtag",
        "Die Hafenbehörde", "Ein Verwaltungsgericht", "Die Universität", "Die Regierung",
    ),
    "subjects_plural": (
        "Die Landwirte", "Die Gesundheitsbehörden", "Die Forschenden", "Die Gewerkschaften",
        "Die Anwohner", "Die Kommunen",
    ),
    "verbs": (
        "beschließt|beschließen", "verwirft|verwerfen", "präsentiert|präsentieren",
        "verschiebt|verschieben", "erweitert|erweitern", "kritisiert|kritisieren",
        "unterstützt|unterstützen",
    ),
    "objects": (
        "den neuen Wohnungsplan", "den Haushalt für den Nahverkehr", "die Wasserbeschränkungen",
        "die Reform der Gemeindesteuer", "das geplante Windparkprojekt",
        "höhere Parkgebühren", "das Schulsanierungsprogramm",
    ),
    "tails": (
        "nach monatelanger Debatte", "trotz steigender Preise", "vor dem Winter",
        "trotz heftiger Kritik", "kurz vor der Wahl", "",
    ),
    "places": ("Waldheim", "Neustadt am See", "Bergfelde", "Altmühlen", "Sankt Ilgen"),
    "organisations": (
        "Handelskammer", "Mieterverein", "Stiftung für Finanzforschung", "Radfahrerbund",
        "Landesamt für Statistik",
    ),
    "sentences": (
        "{subject} erklärte, {object} werde noch vor Jahresende überprüft.",
        "Der Vorschlag, erstmals im {month} vorgestellt, stieß bei der Opposition auf Kritik.",
        "{person} ({org}) sagte, die Entscheidung betreffe etwa {number} Haushalte in {place}.",
        "Die Behörden in {place} verhandeln seit Wochen hinter verschlossenen Türen.",
        "„Wir können das nicht länger aufschieben“, sagte {person} am {weekday} vor Journalisten.",
        "Nach Angaben von {org} sind die Kosten seit {year} um {percent} Prozent gestiegen.",
        "Die Zustimmung fiel in ländlichen Gebieten unter 40 % (<40 %), so die Umfrage "
        "\"Smith & Partner\".",
        "Die Maßnahme muss noch endgültig beschlossen werden, voraussichtlich in {number2} Wochen.",
        "Anwohner aus {place} füllten am {weekday}abend den Saal einer Bürgerversammlung.",
        "Fachleute erwarten, dass das Ergebnis die Debatte weit über {place} hinaus prägt.",
        "Auch {org} begrüßte die Ankündigung, verlangte aber Details zur Finanzierung.",
        "Der Abschlussbericht wird für {month} erwartet, weitere Anhörungen folgen.",
        "„Das ist ein erster Schritt, nicht der letzte“, betonte {person}.",
        "Die Zahlen enthalten die Wartungskosten nicht, die noch berechnet werden.",
    ),
    "descriptions": (
        "Die Entscheidung folgt auf monatelange Verhandlungen und betrifft Tausende Anwohner.",
        "Die Behörden verteidigen die Änderung; Kritiker halten sie für verspätet.",
        "Was die Abstimmung für Haushalte, Geschäfte und den Stadthaushalt bedeutet.",
    ),
    "months": (
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember",
    ),
    "weekdays": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "commenters": ("kathi_m", "Hans-Peter", "JörgK", "Ulla S.", "anwohnerin88", "Mo"),
    "comment_texts": (
        "Sehr guter Artikel, danke für die Erklärung der Zahlen.",
        "Ich sehe das anders als der Stadtrat. Das trifft vor allem die Mieter.",
        "Weiß jemand, wann die nächste Bürgerversammlung ist?",
        "Endlich eine klare Entscheidung, das war überfällig.",
        "Und die Finanzierung? Der Artikel bleibt da vage.",
    ),
    "reply_texts": (
        "Gute Frage, das habe ich mich auch gefragt.",
        "Die Versammlung steht auf der Website der Stadt, am nächsten {weekday}.",
        "Das glaube ich nicht, die Finanzierung wurde im {month} angekündigt.",
    ),
    "nav": ("Startseite", "Nachrichten", "Politik", "Wirtschaft", "Wissenschaft", "Kultur"),
    "footer": ("Über uns", "Kontakt", "Datenschutz", "Impressum"),
}  # fmt: skip

_PT: dict[str, tuple[str, ...]] = {
    "first_names": (
        "Ana", "Beatriz", "Bruno", "Camila", "Diogo", "Fernanda", "Gabriel", "Inês", "João",
        "Juliana", "Lucas", "Mariana", "Miguel", "Paulo", "Rafael", "Sofia", "Thiago", "Vitória",
    ),
    "last_names": (
        "Almeida", "Carvalho", "Costa", "Ferreira", "Gomes", "Lima", "Martins", "Oliveira",
        "Pereira", "Rodrigues", "Santos", "Souza", "da Silva", "Conceição",
    ),
    "organisation_authors": (
        "Redação", "Editoria de Política", "Núcleo de Economia", "Agências", "Conselho Editorial",
    ),
    "job_titles": (
        "Editora-chefe", "Correspondente política", "Jornalista de dados", "Editor de economia",
        "Repórter",
    ),
    "sites": (
        "O Farol do Vale|ofaroldovale.com.br", "Gazeta da Ribeira|gazetadaribeira.pt",
        "Correio Austral|correioaustral.news", "Jornal das Serras|jornaldasserras.org",
        "Notícias do Cais|noticiasdocais.net",
    ),
    "sections": ("Política", "Economia", "Ciência", "Cultura", "Sociedade", "Esporte"),
    "tags": (
        "habitação", "transporte", "orçamento", "clima", "saúde", "educação", "energia",
        "emprego",
    ),
    "subjects_singular": (
        "A câmara municipal", "O banco central", "A secretaria de Saúde",
        "A assembleia regional", "A autoridade portuária", "Um tribunal federal",
        "A universidade", "O governo",
    ),
    "subjects_plural": (
        "Os agricultores", "As autoridades sanitárias", "Os pesquisadores", "Os sindicatos",
        "Os moradores", "Os vereadores",
    ),
    "verbs": (
        "aprova|aprovam", "rejeita|rejeitam", "apresenta|apresentam", "adia|adiam",
        "amplia|ampliam", "questiona|questionam", "apoia|apoiam",
    ),
    "objects": (
        "o novo plano de habitação", "o orçamento do transporte público",
        "as restrições de água", "a reforma da taxa municipal", "o projeto do parque eólico",
        "o aumento das tarifas de estacionamento", "o programa de reforma das escolas",
    ),
    "tails": (
        "após meses de debate", "em meio à alta dos preços", "antes do inverno",
        "apesar da forte oposição", "às vésperas das eleições", "",
    ),
    "places": ("Vila Verde", "São Martinho", "Porto Claro", "Serra Alta", "Águas Belas"),
    "organisations": (
        "Câmara de Comércio", "Associação de Inquilinos", "Fundação de Estudos Fiscais",
        "Federação de Ciclistas", "Observatório Regional",
    ),
    "sentences": (
        "{subject} afirmou que {object} será revisto antes do fim do ano.",
        "A proposta, apresentada pela primeira vez em {month}, foi criticada pela oposição.",
        "{person}, porta-voz da {org}, disse que a decisão vai afetar cerca de {number} "
        "famílias de {place}.",
        "As autoridades de {place} negociam os detalhes há semanas.",
        "“Não podemos continuar adiando isso”, declarou {person} aos jornalistas na {weekday}.",
        "Segundo a {org}, os custos subiram {percent}% desde {year}.",
        "O apoio caiu abaixo de 40% (<40%) nas zonas rurais, segundo a pesquisa "
        "\"Smith & Associados\".",
        "A medida ainda precisa de aprovação final, prevista para daqui a {number2} semanas.",
        "Moradores de {place} lotaram uma reunião pública na {weekday} à noite.",
        "Analistas acreditam que o resultado vai marcar o debate muito além de {place}.",
        "A {org} elogiou o anúncio, mas pediu mais detalhes sobre o financiamento.",
        "O relatório final é esperado para {month}, com novas audiências.",
        "“É um primeiro passo, não o último”, ressaltou {person}.",
        "Os números não incluem os custos de manutenção, que ainda estão sendo calculados.",
    ),
    "descriptions": (
        "A decisão vem após meses de negociações e vai afetar milhares de moradores.",
        "As autoridades defendem a mudança; os críticos acham que ela chega tarde.",
        "O que a votação significa para as famílias, o comércio e o orçamento municipal.",
    ),
    "months": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
        "setembro", "outubro", "novembro", "dezembro",
    ),
    "weekdays": (
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo",
    ),
    "commenters": ("carla_m", "Zé Pedro", "RafaK", "Dona Lúcia", "morador_centro", "Bia"),
    "comment_texts": (
        "Ótima matéria, obrigado por explicar os números.",
        "Não concordo com a prefeitura. Isso prejudica os inquilinos.",
        "Alguém sabe quando é a próxima reunião pública?",
        "Finalmente uma decisão clara, já era hora.",
        "E o financiamento? A matéria fica vaga nesse ponto.",
    ),
    "reply_texts": (
        "Boa pergunta, eu tinha a mesma dúvida.",
        "A reunião está anunciada no site da prefeitura, é na próxima {weekday}.",
        "Acho que não, o financiamento foi anunciado em {month}.",
    ),
    "nav": ("Início", "Notícias", "Política", "Economia", "Ciência", "Cultura"),
    "footer": ("Quem somos", "Contato", "Privacidade", "Termos de uso"),
}  # fmt: skip

MORE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {"fr": _FR, "de": _DE, "pt": _PT}

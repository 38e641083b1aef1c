"""The starting catalogue: systems and providers common in Sweden, Denmark, Norway and the
Netherlands. Loaded by the data migration 0002 (so production has it) and used by seed_demo.

(name, category, vendor, vendor's country, markets, website)
"""

SE, DK, NO, NL = "SE", "DK", "NO", "NL"
NORDICS = [SE, DK, NO]
ALL = [SE, DK, NO, NL]

CATALOGUE = [
    # Payroll
    ("Visma Lön", "payroll", "Visma", "NO", [SE], "https://www.visma.se"),
    ("Visma.net Payroll", "payroll", "Visma", "NO", [SE, NO], "https://www.visma.net"),
    ("Hogia Lön", "payroll", "Hogia", "SE", [SE], "https://www.hogia.se"),
    ("Fortnox Lön", "payroll", "Fortnox", "SE", [SE], "https://www.fortnox.se"),
    ("Personec P", "payroll", "Visma", "NO", [SE], "https://www.visma.se"),
    ("Flex HRM Payroll", "payroll", "Flex Applications", "SE", [SE], "https://www.flexapp.se"),
    ("Danløn", "payroll", "Danløn", "DK", [DK], "https://www.danloen.dk"),
    ("Lessor Payroll", "payroll", "Lessor", "DK", [DK, SE, NO], "https://www.lessor.dk"),
    ("Zenegy", "payroll", "Zenegy", "DK", [DK, NO], "https://www.zenegy.com"),
    ("Dataløn", "payroll", "Visma", "NO", [DK], "https://www.visma.dk"),
    ("Tripletex Lønn", "payroll", "Tripletex", "NO", [NO], "https://www.tripletex.no"),
    ("Huldt & Lillevik Lønn", "payroll", "Visma", "NO", [NO], "https://www.visma.no"),
    ("Xledger Lønn", "payroll", "Xledger", "NO", [NO], "https://www.xledger.com"),
    ("Zalaris Payroll", "payroll", "Zalaris", "NO", NORDICS, "https://www.zalaris.com"),
    ("AFAS Profit Payroll", "payroll", "AFAS Software", "NL", [NL], "https://www.afas.nl"),
    ("Nmbrs", "payroll", "Nmbrs", "NL", [NL, SE], "https://www.nmbrs.com"),
    ("Loket.nl", "payroll", "Loket.nl", "NL", [NL], "https://www.loket.nl"),
    ("Youforce (Visma Raet)", "payroll", "Visma", "NO", [NL], "https://www.visma.nl"),
    ("Exact Online Payroll", "payroll", "Exact", "NL", [NL], "https://www.exact.com"),
    ("SD Worx Payroll", "payroll", "SD Worx", "BE", ALL, "https://www.sdworx.com"),
    # HRIS / core HR
    ("Workday HCM", "hris", "Workday", "US", ALL, "https://www.workday.com"),
    ("SAP SuccessFactors", "hris", "SAP", "DE", ALL, "https://www.sap.com"),
    ("Sympa HR", "hris", "Sympa", "FI", ALL, "https://www.sympa.com"),
    ("Simployer", "hris", "Simployer", "NO", NORDICS, "https://www.simployer.com"),
    ("Flex HRM", "hris", "Flex Applications", "SE", [SE], "https://www.flexapp.se"),
    ("HR Manager", "hris", "HR Manager", "DK", [DK, NO, SE], "https://www.hr-manager.net"),
    ("Personio", "hris", "Personio", "DE", ALL, "https://www.personio.com"),
    ("Oracle HCM Cloud", "hris", "Oracle", "US", ALL, "https://www.oracle.com"),
    ("Alight Workforce Cloud", "hris", "Alight", "US", ALL, "https://www.alight.com"),
    ("AFAS Profit HRM", "hris", "AFAS Software", "NL", [NL], "https://www.afas.nl"),
    ("HiBob", "hris", "HiBob", "GB", ALL, "https://www.hibob.com"),
    # Time and attendance
    ("Timewave", "time", "Timewave", "SE", [SE], "https://www.timewave.se"),
    ("Quinyx", "time", "Quinyx", "SE", ALL, "https://www.quinyx.com"),
    ("Planday", "time", "Planday", "DK", ALL, "https://www.planday.com"),
    ("Tamigo", "time", "Tamigo", "DK", [DK, SE, NO], "https://www.tamigo.com"),
    ("Visma Time", "time", "Visma", "NO", NORDICS, "https://www.visma.com"),
    # Recruitment / ATS
    ("Teamtailor", "recruitment", "Teamtailor", "SE", ALL, "https://www.teamtailor.com"),
    ("Jobylon", "recruitment", "Jobylon", "SE", [SE, DK, NO], "https://www.jobylon.com"),
    ("ReachMee", "recruitment", "ReachMee", "SE", [SE, NO], "https://www.reachmee.com"),
    ("Emply", "recruitment", "Emply", "DK", [DK, NO, SE], "https://www.emply.com"),
    ("Varbi", "recruitment", "Varbi", "SE", [SE], "https://www.varbi.com"),
    ("Webcruiter", "recruitment", "Webcruiter", "NO", [NO], "https://www.webcruiter.com"),
    ("Recruitee", "recruitment", "Recruitee", "NL", [NL], "https://recruitee.com"),
    # Learning
    (
        "Cornerstone OnDemand",
        "learning",
        "Cornerstone",
        "US",
        ALL,
        "https://www.cornerstoneondemand.com",
    ),
    ("Docebo", "learning", "Docebo", "IT", ALL, "https://www.docebo.com"),
    ("Learnifier", "learning", "Learnifier", "SE", [SE, NO], "https://www.learnifier.com"),
    ("GoodHabitz", "learning", "GoodHabitz", "NL", ALL, "https://www.goodhabitz.com"),
    # Pensions and benefits
    ("Collectum", "pensions", "Collectum", "SE", [SE], "https://www.collectum.se"),
    ("Alecta", "pensions", "Alecta", "SE", [SE], "https://www.alecta.se"),
    ("PFA Pension", "pensions", "PFA", "DK", [DK], "https://www.pfa.dk"),
    ("Storebrand Pensjon", "pensions", "Storebrand", "NO", [NO, SE], "https://www.storebrand.no"),
    ("Benify", "pensions", "Benify", "SE", [SE, DK, NO], "https://www.benify.com"),
    ("ABP", "pensions", "ABP", "NL", [NL], "https://www.abp.nl"),
    # HR consultancy
    ("Randstad", "consultancy", "Randstad", "NL", ALL, "https://www.randstad.com"),
    ("Mercer", "consultancy", "Mercer", "US", ALL, "https://www.mercer.com"),
    ("Ework", "consultancy", "Ework Group", "SE", [SE, DK, NO], "https://www.eworkgroup.com"),
    # Training providers
    ("Lexicon", "training", "Lexicon", "SE", [SE], "https://www.lexicon.se"),
    ("Mannaz", "training", "Mannaz", "DK", [DK, NO, SE], "https://www.mannaz.com"),
    ("NHO Service", "training", "NHO", "NO", [NO], "https://www.nho.no"),
    ("Schouten & Nelissen", "training", "Schouten & Nelissen", "NL", [NL], "https://www.sn.nl"),
]

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A"})


def slug_for(name: str) -> str:
    """ "Huldt & Lillevik Lønn" -> "huldt-lillevik-lonn" (slugify drops ø and æ otherwise)."""
    from django.utils.text import slugify

    return slugify(name.translate(_FOLD))[:120]

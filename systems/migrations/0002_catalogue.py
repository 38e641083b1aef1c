"""The starting catalogue of systems and providers common in SE, DK, NO and NL.

A frozen copy of systems/catalogue.py as it was when this migration was written, so production
gets the catalogue and later edits of that module do not change what this migration did.
"""

from django.db import migrations

CATALOGUE = [
    ('Visma Lön', 'visma-lon', 'payroll', 'Visma', 'NO', ['SE'], 'https://www.visma.se'),
    ('Visma.net Payroll', 'vismanet-payroll', 'payroll', 'Visma', 'NO', ['SE', 'NO'], 'https://www.visma.net'),
    ('Hogia Lön', 'hogia-lon', 'payroll', 'Hogia', 'SE', ['SE'], 'https://www.hogia.se'),
    ('Fortnox Lön', 'fortnox-lon', 'payroll', 'Fortnox', 'SE', ['SE'], 'https://www.fortnox.se'),
    ('Personec P', 'personec-p', 'payroll', 'Visma', 'NO', ['SE'], 'https://www.visma.se'),
    ('Flex HRM Payroll', 'flex-hrm-payroll', 'payroll', 'Flex Applications', 'SE', ['SE'], 'https://www.flexapp.se'),
    ('Danløn', 'danlon', 'payroll', 'Danløn', 'DK', ['DK'], 'https://www.danloen.dk'),
    ('Lessor Payroll', 'lessor-payroll', 'payroll', 'Lessor', 'DK', ['DK', 'SE', 'NO'], 'https://www.lessor.dk'),
    ('Zenegy', 'zenegy', 'payroll', 'Zenegy', 'DK', ['DK', 'NO'], 'https://www.zenegy.com'),
    ('Dataløn', 'datalon', 'payroll', 'Visma', 'NO', ['DK'], 'https://www.visma.dk'),
    ('Tripletex Lønn', 'tripletex-lonn', 'payroll', 'Tripletex', 'NO', ['NO'], 'https://www.tripletex.no'),
    ('Huldt & Lillevik Lønn', 'huldt-lillevik-lonn', 'payroll', 'Visma', 'NO', ['NO'], 'https://www.visma.no'),
    ('Xledger Lønn', 'xledger-lonn', 'payroll', 'Xledger', 'NO', ['NO'], 'https://www.xledger.com'),
    ('Zalaris Payroll', 'zalaris-payroll', 'payroll', 'Zalaris', 'NO', ['SE', 'DK', 'NO'], 'https://www.zalaris.com'),
    ('AFAS Profit Payroll', 'afas-profit-payroll', 'payroll', 'AFAS Software', 'NL', ['NL'], 'https://www.afas.nl'),
    ('Nmbrs', 'nmbrs', 'payroll', 'Nmbrs', 'NL', ['NL', 'SE'], 'https://www.nmbrs.com'),
    ('Loket.nl', 'loketnl', 'payroll', 'Loket.nl', 'NL', ['NL'], 'https://www.loket.nl'),
    ('Youforce (Visma Raet)', 'youforce-visma-raet', 'payroll', 'Visma', 'NO', ['NL'], 'https://www.visma.nl'),
    ('Exact Online Payroll', 'exact-online-payroll', 'payroll', 'Exact', 'NL', ['NL'], 'https://www.exact.com'),
    ('SD Worx Payroll', 'sd-worx-payroll', 'payroll', 'SD Worx', 'BE', ['SE', 'DK', 'NO', 'NL'], 'https://www.sdworx.com'),
    ('Workday HCM', 'workday-hcm', 'hris', 'Workday', 'US', ['SE', 'DK', 'NO', 'NL'], 'https://www.workday.com'),
    ('SAP SuccessFactors', 'sap-successfactors', 'hris', 'SAP', 'DE', ['SE', 'DK', 'NO', 'NL'], 'https://www.sap.com'),
    ('Sympa HR', 'sympa-hr', 'hris', 'Sympa', 'FI', ['SE', 'DK', 'NO', 'NL'], 'https://www.sympa.com'),
    ('Simployer', 'simployer', 'hris', 'Simployer', 'NO', ['SE', 'DK', 'NO'], 'https://www.simployer.com'),
    ('Flex HRM', 'flex-hrm', 'hris', 'Flex Applications', 'SE', ['SE'], 'https://www.flexapp.se'),
    ('HR Manager', 'hr-manager', 'hris', 'HR Manager', 'DK', ['DK', 'NO', 'SE'], 'https://www.hr-manager.net'),
    ('Personio', 'personio', 'hris', 'Personio', 'DE', ['SE', 'DK', 'NO', 'NL'], 'https://www.personio.com'),
    ('Oracle HCM Cloud', 'oracle-hcm-cloud', 'hris', 'Oracle', 'US', ['SE', 'DK', 'NO', 'NL'], 'https://www.oracle.com'),
    ('Alight Workforce Cloud', 'alight-workforce-cloud', 'hris', 'Alight', 'US', ['SE', 'DK', 'NO', 'NL'], 'https://www.alight.com'),
    ('AFAS Profit HRM', 'afas-profit-hrm', 'hris', 'AFAS Software', 'NL', ['NL'], 'https://www.afas.nl'),
    ('HiBob', 'hibob', 'hris', 'HiBob', 'GB', ['SE', 'DK', 'NO', 'NL'], 'https://www.hibob.com'),
    ('Timewave', 'timewave', 'time', 'Timewave', 'SE', ['SE'], 'https://www.timewave.se'),
    ('Quinyx', 'quinyx', 'time', 'Quinyx', 'SE', ['SE', 'DK', 'NO', 'NL'], 'https://www.quinyx.com'),
    ('Planday', 'planday', 'time', 'Planday', 'DK', ['SE', 'DK', 'NO', 'NL'], 'https://www.planday.com'),
    ('Tamigo', 'tamigo', 'time', 'Tamigo', 'DK', ['DK', 'SE', 'NO'], 'https://www.tamigo.com'),
    ('Visma Time', 'visma-time', 'time', 'Visma', 'NO', ['SE', 'DK', 'NO'], 'https://www.visma.com'),
    ('Teamtailor', 'teamtailor', 'recruitment', 'Teamtailor', 'SE', ['SE', 'DK', 'NO', 'NL'], 'https://www.teamtailor.com'),
    ('Jobylon', 'jobylon', 'recruitment', 'Jobylon', 'SE', ['SE', 'DK', 'NO'], 'https://www.jobylon.com'),
    ('ReachMee', 'reachmee', 'recruitment', 'ReachMee', 'SE', ['SE', 'NO'], 'https://www.reachmee.com'),
    ('Emply', 'emply', 'recruitment', 'Emply', 'DK', ['DK', 'NO', 'SE'], 'https://www.emply.com'),
    ('Varbi', 'varbi', 'recruitment', 'Varbi', 'SE', ['SE'], 'https://www.varbi.com'),
    ('Webcruiter', 'webcruiter', 'recruitment', 'Webcruiter', 'NO', ['NO'], 'https://www.webcruiter.com'),
    ('Recruitee', 'recruitee', 'recruitment', 'Recruitee', 'NL', ['NL'], 'https://recruitee.com'),
    ('Cornerstone OnDemand', 'cornerstone-ondemand', 'learning', 'Cornerstone', 'US', ['SE', 'DK', 'NO', 'NL'], 'https://www.cornerstoneondemand.com'),
    ('Docebo', 'docebo', 'learning', 'Docebo', 'IT', ['SE', 'DK', 'NO', 'NL'], 'https://www.docebo.com'),
    ('Learnifier', 'learnifier', 'learning', 'Learnifier', 'SE', ['SE', 'NO'], 'https://www.learnifier.com'),
    ('GoodHabitz', 'goodhabitz', 'learning', 'GoodHabitz', 'NL', ['SE', 'DK', 'NO', 'NL'], 'https://www.goodhabitz.com'),
    ('Collectum', 'collectum', 'pensions', 'Collectum', 'SE', ['SE'], 'https://www.collectum.se'),
    ('Alecta', 'alecta', 'pensions', 'Alecta', 'SE', ['SE'], 'https://www.alecta.se'),
    ('PFA Pension', 'pfa-pension', 'pensions', 'PFA', 'DK', ['DK'], 'https://www.pfa.dk'),
    ('Storebrand Pensjon', 'storebrand-pensjon', 'pensions', 'Storebrand', 'NO', ['NO', 'SE'], 'https://www.storebrand.no'),
    ('Benify', 'benify', 'pensions', 'Benify', 'SE', ['SE', 'DK', 'NO'], 'https://www.benify.com'),
    ('ABP', 'abp', 'pensions', 'ABP', 'NL', ['NL'], 'https://www.abp.nl'),
    ('Randstad', 'randstad', 'consultancy', 'Randstad', 'NL', ['SE', 'DK', 'NO', 'NL'], 'https://www.randstad.com'),
    ('Mercer', 'mercer', 'consultancy', 'Mercer', 'US', ['SE', 'DK', 'NO', 'NL'], 'https://www.mercer.com'),
    ('Ework', 'ework', 'consultancy', 'Ework Group', 'SE', ['SE', 'DK', 'NO'], 'https://www.eworkgroup.com'),
    ('Lexicon', 'lexicon', 'training', 'Lexicon', 'SE', ['SE'], 'https://www.lexicon.se'),
    ('Mannaz', 'mannaz', 'training', 'Mannaz', 'DK', ['DK', 'NO', 'SE'], 'https://www.mannaz.com'),
    ('NHO Service', 'nho-service', 'training', 'NHO', 'NO', ['NO'], 'https://www.nho.no'),
    ('Schouten & Nelissen', 'schouten-nelissen', 'training', 'Schouten & Nelissen', 'NL', ['NL'], 'https://www.sn.nl'),
]


def load_catalogue(apps, schema_editor):
    System = apps.get_model("systems", "System")
    Organisation = apps.get_model("members", "Organisation")
    vendors = {
        org.normalised_name: org.pk
        for org in Organisation.objects.filter(kind="vendor").only("pk", "normalised_name")
    }
    taken = set(System.objects.values_list("slug", flat=True))
    System.objects.bulk_create(
        [
            System(
                name=name,
                slug=slug,
                category=category,
                vendor=vendor,
                vendor_key=" ".join(vendor.split()).casefold(),
                vendor_organisation_id=vendors.get(" ".join(vendor.split()).casefold()),
                country=country,
                markets=markets,
                website=website,
                status="accepted",
            )
            for name, slug, category, vendor, country, markets, website in CATALOGUE
            if slug not in taken
        ]
    )


def unload_catalogue(apps, schema_editor):
    System = apps.get_model("systems", "System")
    System.objects.filter(
        slug__in=[row[1] for row in CATALOGUE], proposed_by__isnull=True, declarations__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("systems", "0001_initial"),
    ]

    operations = [migrations.RunPython(load_catalogue, unload_catalogue)]

import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { PageTitle } from './PageTitle';
import { useMunicipalityName } from './settings';

/** The accessibility statement the Besluit digitale toegankelijkheid overheid asks for. */
export function AccessibilityPage() {
  const municipality = useMunicipalityName() || 'De gemeente';
  return (
    <>
      <PageTitle>Toegankelijkheid</PageTitle>
      <Paragraph>
        {municipality} wil dat iedere medewerker deze toepassing kan gebruiken, ook met alleen een toetsenbord, een schermlezer of een vergroot scherm. De toepassing is gebouwd
        volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA, zoals het Besluit digitale toegankelijkheid overheid voorschrijft, met de componenten van
        NL Design System.
      </Paragraph>
      <Heading level={2}>Hoe wij dit controleren</Heading>
      <Paragraph>
        Bij elke wijziging doorlopen geautomatiseerde tests in een echte browser elke pagina met het toetsenbord, en controleert axe-core elke pagina en elke toestand op de
        WCAG 2.1 A- en AA-criteria. Een wijziging met een gevonden overtreding wordt niet uitgeleverd.
      </Paragraph>
      <Heading level={2}>Wat nog niet toegankelijk is</Heading>
      <Paragraph>
        Het tekenvlak van de modeller (Procesmodellen, Model bewerken) en het eigenschappenpaneel ernaast komen van bpmn.io en zijn niet volledig met het toetsenbord of
        een schermlezer te gebruiken; zij vallen buiten de controle. Wat de controle van het model vindt, staat daarom ook in een lijst onder het tekenvlak, met per
        probleem een knop die het element aanwijst, en elke versie is als BPMN-bestand te downloaden en in een andere modeller te openen. De rest van de pagina wordt wel
        gecontroleerd.
      </Paragraph>
      <Heading level={2}>Een probleem melden</Heading>
      <Paragraph>Loopt u tegen een onderdeel aan dat u niet kunt gebruiken? Meld het bij de functioneel beheerder van het agressieprotocol; wij lossen het op of bieden een alternatief.</Paragraph>
    </>
  );
}

const association = {
  title: "Brancheorganisatie",
  intro:
    "U ziet de sectoren die uw brancheorganisatie vertegenwoordigt, als groepscijfers van minstens 5 organisaties. Het rapport van één organisatie ziet u alleen als die het met u deelt.",
  sectors: "Sectoren",
  analysts: "Analisten",
  sharingTitle: "Rapporten die met uw brancheorganisatie worden gedeeld",
  sharingIntro:
    "Deze organisaties uit uw sectoren delen hun ingediende rapport met uw brancheorganisatie. Bij het openen geeft u een doel op; de organisatie ziet wanneer en waarvoor uw brancheorganisatie het rapport inzag, niet uw naam.",
  noSharing: "Nog geen organisatie deelt haar rapport met uw brancheorganisatie.",
  sharingCaption: "Organisaties die hun rapport delen",
  verificationLink: "Organisaties verifiëren",
};

export default association;

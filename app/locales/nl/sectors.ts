const sectors = {
  terminal_operator: "Terminaloperator",
  shipping_line_agent: "Rederij of scheepsagent",
  forwarder_customs_broker: "Expediteur of douane-expediteur",
  road_haulier: "Wegvervoerder",
  barge_rail_operator: "Binnenvaart- of spooroperator",
  warehouse_depot: "Warehouse of lege-containerdepot",
  port_services: "Havendienstverlener (sjorren, meren, slepen, onderhoud)",
  air_cargo_handler: "Luchtvrachtafhandelaar",
  importer: "Importeur of groothandel (bijvoorbeeld fruit)",
  security_firm: "Beveiligingsbedrijf",
  port_authority: "Havenbedrijf",
  municipality: "Gemeente",
  other_public_service: "Andere publieke dienst",
};

export default sectors;

const countBands = {
  "5-9": "5–9",
  "10-19": "10–19",
  "20-49": "20–49",
  "50+": "50 of meer",
};

export default countBands;

/**
 * Standing formations that news names without their country ("soldiers from the 82nd Airborne Division arrived in
 * Rzeszow", "the Royal Tank Regiment returned from Estonia"): each acts for the country whose forces it belongs to,
 * as an adjective does ("American soldiers"). Only formations whose name belongs to one country's forces; a bare
 * "1st Battalion" could be anyone's and is left to the article's context.
 */
export const KNOWN_UNITS: ReadonlyArray<readonly [string, string]> = [
  // United States: Army divisions, corps, regiments and brigades that rotate through Europe.
  ['82nd Airborne Division', 'US'], ['101st Airborne Division', 'US'], ['173rd Airborne Brigade', 'US'], ['1st Infantry Division', 'US'],
  ['3rd Infantry Division', 'US'], ['4th Infantry Division', 'US'], ['10th Mountain Division', 'US'], ['25th Infantry Division', 'US'],
  ['1st Armored Division', 'US'], ['1st Cavalry Division', 'US'], ['2nd Cavalry Regiment', 'US'], ['3rd Cavalry Regiment', 'US'],
  ['V Corps', 'US'], ['XVIII Airborne Corps', 'US'], ['III Armored Corps', 'US'], ['10th Army Air and Missile Defense Command', 'US'],
  ['41st Field Artillery Brigade', 'US'], ['12th Combat Aviation Brigade', 'US'], ['7th Army Training Command', 'US'],
  // United States: Air Force wings in Europe, the Navy's fleet, the Marine Corps' forces.
  ['52nd Fighter Wing', 'US'], ['48th Fighter Wing', 'US'], ['31st Fighter Wing', 'US'], ['86th Airlift Wing', 'US'], ['100th Air Refueling Wing', 'US'],
  ['2nd Bomb Wing', 'US'], ['5th Bomb Wing', 'US'], ['7th Bomb Wing', 'US'], ['28th Bomb Wing', 'US'], ['Sixth Fleet', 'US'], ['6th Fleet', 'US'],
  ['II Marine Expeditionary Force', 'US'], ['2nd Marine Division', 'US'], ['22nd Marine Expeditionary Unit', 'US'],
  ['24th Marine Expeditionary Unit', 'US'], ['26th Marine Expeditionary Unit', 'US'],
  // United Kingdom: regiments and brigades of the British Army.
  ['Royal Tank Regiment', 'GB'], ["Queen's Royal Hussars", 'GB'], ['Queen’s Royal Hussars', 'GB'], ["King's Royal Hussars", 'GB'], ['King’s Royal Hussars', 'GB'],
  ['Royal Welsh', 'GB'], ['Royal Lancers', 'GB'], ['Mercian Regiment', 'GB'], ['Royal Scots Dragoon Guards', 'GB'], ['Royal Dragoon Guards', 'GB'],
  ['Light Dragoons', 'GB'], ['Royal Yorkshire Regiment', 'GB'], ['Royal Anglian Regiment', 'GB'], ['Royal Irish Regiment', 'GB'],
  ['Royal Gurkha Rifles', 'GB'], ['Parachute Regiment', 'GB'], ['Household Cavalry', 'GB'], ['Coldstream Guards', 'GB'], ['Grenadier Guards', 'GB'],
  ['Scots Guards', 'GB'], ['Irish Guards', 'GB'], ['Welsh Guards', 'GB'], ['16 Air Assault Brigade', 'GB'], ['3 Commando Brigade', 'GB'],
  ['Royal Artillery', 'GB'], ['Royal Engineers', 'GB'],
  // Germany and France.
  ['Panzerbrigade 45', 'DE'], ['Panzergrenadierbrigade 37', 'DE'], ['Panzerbrigade 21', 'DE'], ['Foreign Legion', 'FR'],
];

/**
 * Unit types only one country's forces use, after an ordinal ("3rd Brigade Combat Team", "510th Expeditionary Fighter
 * Squadron", "26th Marine Expeditionary Unit"): the type alone names the country. Regex sources.
 */
export const NATIONAL_UNIT_TYPES: ReadonlyArray<readonly [string, string]> = [
  [String.raw`\d{1,3}(?:st|nd|rd|th)\s+(?:(?:Armored|Infantry|Stryker|Airborne)\s+)?Brigade\s+Combat\s+Team`, 'US'],
  [String.raw`\d{1,3}(?:st|nd|rd|th)\s+(?:Expeditionary\s+)?(?:Fighter|Bomb|Airlift|Air\s+Refueling|Rescue|Reconnaissance)\s+(?:Squadron|Wing|Group)`, 'US'],
  [String.raw`\d{1,3}(?:st|nd|rd|th)\s+(?:Air\s+Expeditionary|Air\s+Base)\s+(?:Wing|Group)`, 'US'],
  [String.raw`\d{1,3}(?:st|nd|rd|th)\s+Marine\s+(?:Expeditionary\s+(?:Unit|Brigade|Force)|Regiment|Division)`, 'US'],
  [String.raw`\d{1,3}(?:st|nd|rd|th)\s+(?:Field\s+Artillery|Combat\s+Aviation|Sustainment|Engineer|Military\s+Police)\s+Brigade`, 'US'],
];

/**
 * Adjectives whose comparative in -er is keyed as the adjective, and the forms
 * that are words of their own, from WordNet 3.1's index files (Princeton University; WordNet licence in
 * knowledge/thesaurus/LICENSE-WordNet). Written by `npm run build:degrees` (scripts/build-degrees.ts,
 * which says how they are chosen); do not edit by hand.
 */

/** WordNet adjectives with a tagged sense, of one or two syllables, no stop word (2073). */
export const ADJECTIVES_WITH_DEGREES =
  'abject ablaze able abroad abrupt absent abstract absurd accrued aching acid acting active actual ' +
  'acute adept adult adverse aegean afire aflame aflare afloat afraid agape aged aghast agile ahead ' +
  'ailing aimless airborne airless airy akin alert alien alike alive allied alone aloof amber amiable ' +
  'amiss ample ancient andean angry annoyed annoying annual anti antic anxious apart apt aqueous arable ' +
  'arched arching arctic ardent arduous argive armed arty ashen asleep astral astute attic audible ' +
  'austere awake aware away awed awful awkward awry axial back backward bad baffling baggy baked bald ' +
  'balding balking bankrupt barbed bare base based bashful basic bawdy beaded beady beaming bearded ' +
  'beardown bedfast beefy behind belgian bended best bestial better big bigger billion binding biting ' +
  'bitter bizarre black bladed blanched bland blank blasting blatant blazing bleached bleak bleary ' +
  'blessed blighted blind blinded blissful blithe blond blonde bloodless bloodthirsty bloody blown blue ' +
  'bluish blunt blurred blushing blustery boastful boeotian bogus bold bony booked boon booted bored ' +
  'boring born bouffant bound bounded boundless bovine boxed boyish braced brainy branched branded ' +
  'brash brassy brave brazen breathing breathless breeding brief bright brilliant brindle brisk british ' +
  'brittle broad broke broken bronchial bronze bronzed brooding brotherly brown brownish brushed brushy ' +
  'brutal brute buddhist built bulging bulky bully buoyant burly burnt bushy bustling busy buzzing ' +
  'bygone cackly cagey callous calm candid capable captive carnal carved carven casual causal cautious ' +
  'celtic center central certain chance changed changing chanted chantlike chaotic charged charming ' +
  'cheap cheerful cheery chestnut chic chief childish childlike chilling chilly chinese chinked ' +
  'chinless chipper chockful choice choked choosy christian chronic chunky churchgoing churning civic ' +
  'civil clad clammy clanging clanking clannish classless clean cleansing clear cleared clever clinched ' +
  'clockwise clogged clogging clonic close closed closing clothed clotted clouded cloudy clumsy coarse ' +
  'coastal coated coaxial coaxing cockeyed cocky cognate cold color colour comic coming common compact ' +
  'complete complex concave concise concrete confluent conscious constant contrary convex cool cordial ' +
  'correct corrupt cosmic costly counter countless courteous cowardly cowled cozy crack cracked crafty ' +
  'craggy cranky craved craven crazed crazy creamy creative credible creedal crested crimson crippled ' +
  'crippling crisp crocked crooked cross crossed crotchety crowded crowned crowning crucial crude cruel ' +
  'crummy crumpled crushed crushing crusted cryptic cuban cubist curious curly current cursed cursory ' +
  'curved curving cut cute dabbled dainty damn damned damp danish dank dapper dappled daring dark ' +
  'darling darned dashing dated dauntless dazed dazzling dead deadly deaf dear deathlike deathly decent ' +
  'deep defiant demure dense dental destroyed deviant devious devout dextrous dietary diffuse dilute ' +
  'dim dingy direct dirty discrete dismayed dismaying distal distant distinct distraught diverse divine ' +
  'dizzy docile dogged dogging doglike doomed doped dormant dosed dotted double doubtful down downcast ' +
  'downhill downtown downward dozen drab drafty dragging draped drastic draughty drawn dreadful dreamed ' +
  'dreamlike dreamy dreary drenched dressed dressy dried drilled driven driving drizzling drowsy ' +
  'drugged drugless drunk drunken dry dual dubious due dull dulled dumb dun durable dusky dutch ' +
  'dwindling dying eager eared earliest early earned earnest earthbound earthlike earthy east eastern ' +
  'eastward easy eatable edged edgy eight eighteen eighteenth eighth eighty elder elderly eldest elfin ' +
  'employed empty endless english enjoyable enough ensuing entire envious epic equal erect ersatz ' +
  'ethnic even every evil exact excess exempt expert express extant extra extreme eyed eyelike fabled ' +
  'faced factual faded faint fair faithful fake fallen falling fallow false famed famous fancy far ' +
  'farther fascist fast fat fatal fatty fearful fearless feasible fecund feeble feline female fertile ' +
  'fervent festive fetching fetid feudal few fewer fictive fiendish fierce fiery fifteen fifteenth ' +
  'fifth fiftieth fifty fighting filled filmed filthy final fine finicky finite firm first firsthand ' +
  'fiscal fit fitting five fixed flashy flat flawless flecked fledgling fleet fleeting fleshy flexible ' +
  'flimsy floating flooded floral florid fluffy fluid flush flushed flying foamy focal fond foolhardy ' +
  'fooling foolish foolproof footloose foppish forced foreign forfeit forked formal former forthright ' +
  'forty forward foul fouled found four fourfold fourteen fourteenth fourth fragile fragrant frail ' +
  'framed frank frantic frayed free freehand french frenzied frequent fresh freudian friable fried ' +
  'friendly frightful frigid fringed front frontal frowzled frozen fruitful fruitless fueled fugal full ' +
  'fumbling fungal funny furious furry furtive fussy futile future fuzzed fuzzy gaelic gainful gallant ' +
  'galling gaping garbed garbled gaseous gauche gaudy gaunt gay genial gentile gentle genuine german ' +
  'ghastly ghostlike ghostly giant gilded gilt gingerly girlish given glad glaring glassless glassy ' +
  'glazed gleaming gleeful glinting global gloomy glorious gloved glowing glued glum goddam goddamn ' +
  'godless godlike going gold golden gone good gorgeous gory gowned gracious graded gradual graduate ' +
  'grand grandiose granted graphic grassroots grave gravid gray greasy great greater greatest grecian ' +
  'greedy greek green grey grievous grim grimy gritty grizzled groggy groomed grooved gross groundless ' +
  'grown gruesome gruff guilty gullible gummy hackneyed haggard hairless hairy half halfway handled ' +
  'handless handmade handsome handy hapless happy hard hardy harmless harsh hasty hated hatless haughty ' +
  'haunted haunting hazel hazy headed headless headstrong healing healthful healthy heard hearty heated ' +
  'heavenly heavy hebraic hebrew hectic heedless hefty held helpful helpless heroic hidden hideous high ' +
  'higher hilar hired hitless hoarse hollow home homely honest honey hooked horrible horrid hostile hot ' +
  'huddled huge human humane humble hundred hungry hunted hurried hurrying hurt husky hyaline hydrous ' +
  'icy ideal idle ill immense impious implike inboard indian indoor inept inert influent inner insane ' +
  'inside instant intact intense intent inverse inward ionic irish irksome iron jaded jagged jammed ' +
  'jangling jarring jaunty jazzy jealous jetting jewish jingling jocose joined joint jolly jolted ' +
  'jovial joyous juicy jumbled jumpy jungian junior jutting keen key khaki killable kind kindled kindly ' +
  'kindred knightly knotted knotty knowing known korean kosher laced lacking lacy laden laid lamblike ' +
  'languid lanky lao lapsed large larger larval lashing last lasting late latent later latest latin ' +
  'latter lavish lawless lax lay lazy leaded leaden leading lean leaning learned least leering left ' +
  'legal legged leggy lengthy less lesser lethal level lewd liable licked lifted light lighted ' +
  'lightweight likely lilac limp linear lined lingual lipped liquid listed listless lit lithe little ' +
  'livable live lively livid living loaded loathsome local lofty lone lonely long longhand looking ' +
  'loose looted lordly lost loud lousy lovely loving low lowly loyal lucid lucky lumbar lumpish lunar ' +
  'lurid luscious lush lusty lyric macabre mad made magic main major male malign mammoth mangled manic ' +
  'manned mantic many marine marked maroon married martial martian marxist massive masted masterly ' +
  'matched matching matted mature mauve meager mean meaty meddling median medium meek melting menial ' +
  'mental mere merry messy metal mid middle midway mighty mild million mincing minded mindful mindless ' +
  'minoan minor minute missing misty mitral mixed mobile moblike mock mocking modal model modern modest ' +
  'moist molal molten monkish monstrous moonlit moral morose mortal motive motor mottled mounted ' +
  'mournful mousy moving muddied muddy muffled multiple mum mundane murky mute muted mutual myeloid ' +
  'myriad mystic mythic nagging naive naked narrow nasal nasty natal native naval nazi near nearby neat ' +
  'needed needless negro neo nervous net netlike neutral new newborn next nibbed nice nighted nimble ' +
  'nine ninety ninth noble noisy nonsense normal north northeast northerly northern northwest nosed ' +
  'notable noted novel nubile nuclear nude null numb numbing nutrient oaken obscene obscure obvious odd ' +
  'odious offbeat ohmic oiled oily okay old older olive one onshore open oral orange orderly ornery ' +
  'osseous outdoor outer outgoing outlying outright outside outward oval overt owing owned packed ' +
  'padded paid painful painless painted paired pale pallid palpable papal papery parched parked parted ' +
  'partial passing passive past pasted pastel pasty patched pathless patient paved payable peaceable ' +
  'peaked peaky pearly peevish pelvic pending pensive peopled perfect perky pert perverse petite ' +
  'phantom phonic phony pinched pink pitched piteous pithy pitiable placid plain planar plane planned ' +
  'planted plastic plausible playable played playful pleasant pleased pleasing pleural pliant plodding ' +
  'plump plumping plush poetic poignant pointed poised polar polish polite pompous poor porous portable ' +
  'possible postwar potent powdery precast precious precise pregnant premium present pressing presto ' +
  'pretty previous prewar prickly primary prime primed printable prior private pro probable profane ' +
  'profound profuse prompt prone proper prostrate proto proud proved prurient pseudo public puckish ' +
  'puny puppyish pure purple pursuant pursued pursuing puzzled puzzling quack quaint quarterly quasi ' +
  'queer quick quiescent quiet quilted racial racy radial radiant radio ragged raised raising rallying ' +
  'rampant random ranging rangy rank ranked raped rapid rare rasping ratable raucous raw readable ready ' +
  'real rear rearward reborn recent reckless red reeking regal reliable remote rending repayable resiny ' +
  'restive restless reverse rhythmic rich rickety riddled right righteous rightful rigid rimless ' +
  'riotous ripe ripping rising risky roasted robust rocklike rocky roiling rolling roman rose rosy ' +
  'rotary rotten rough roughhewn round rounded rousing rousseauan routine rowdy royal rubbery ruddy ' +
  'rude ruffled rugged ruined ruinous ruled ruling running rural russian rusted rustic rusty ruthless ' +
  'rutted sacred sad safe sagging said salable salient sallow salt salty sandy sane sapphire savage ' +
  'saved saving savory scaled scant scanty scared scarred scathing scenic scented scholarly scorched ' +
  'scorching scornful scoured scraggly scrambled scratchy scrawny screaming screechy scurrying ' +
  'searching seated second secret secure sedate seeming seeping seething seismic select self selfish ' +
  'senile senior sensible sensory sensual sensuous sentient septic serial serious set settled seven ' +
  'seventh seventy severe sexual sexy shabby shackled shaded shadowy shaggy shaken shaky shallow shaped ' +
  'shapely shared sharp shaved shaven sheeplike sheer shielded shifting shining shiny shipshape shivery ' +
  'shocked shocking shod short showy shrewd shrewish shrieked shrill shut sick sickish sickly side ' +
  'signed silent silly silver silvery simple simplex sincere sinewy sinful single sinuous sitting six ' +
  'sixteen sixteenth sixth sixty sizable size sized sizzling skilled skillful skinny slack slanted ' +
  'slanting slashed slashing sleepy slender sliding slim slippery slipping slivery sloping sloppy ' +
  'slovenly slow sluggish sluicing slurred sly small smaller smallish smart smiling smitten smooth smug ' +
  'snappy snobbish snug snuggled soaring sober social sodden soft soiled solar sole soled solemn solid ' +
  'soluble solved somber sooty sorbed sordid sore sorrel sorry sought sound sounding soundproof sour ' +
  'south southbound southern soviet spaced spacious spanish spare sparkling sparse spatial special ' +
  'speckled spectral speedy spellbound spic spidery splashed splendid splintery split splitting spoiled ' +
  'spoken spongy sporting spotless spread sprightly squalling square squared squashed squat squeaky ' +
  'stable stacked stagnant stained stale stalked standard standing star stark starting startled ' +
  'startling starved starving stately static staunch steadied steady stealthy steamed steaming steep ' +
  'stellar stemmed stepwise stereo sterling stern sternal sticking sticky stiff still stilted stinking ' +
  'stock stoic stoical stolid stooped storied stormy stout straggling straight strained straining ' +
  'stranded strange strangled straw stray streaked streaming strenuous stressed stretched stricken ' +
  'strict striking stringy striped strong struggling strung stubborn studded studious stuffed stuffy ' +
  'stung stunned stunning stupid sturdy suave subdued sublime subtle sudden suitable suited sulky ' +
  'sullen sultry sumptuous sunburnt sundry sunken sunny sunstruck super superb supine supreme sure ' +
  'surface surging surly surplus suspect swart swarthy swedish sweeping sweet swell swelled swift ' +
  'swingy swiss sworn syrian syrupy taboo tactile tactual tagged taken talky tall tame tangible tangled ' +
  'tanned taped tart taunting taut tawdry tawny taxable taxing taxpaying tedious teen teenage teensy ' +
  'telling telltale ten tenable tender tenth tepid terrible terse tested theistic thermal thick ' +
  'thickspread thieving thin third thirsty thirteen thirteenth thirtieth thirty thorough thoughtful ' +
  'thoughtless thousand threadbare three thrifty thrillful thrilling thriving throbbing thronged ' +
  'thudding tied tight tiled tilled tilted timed timely timid tingling tiny tipped tipsy tired tiring ' +
  'titled toiling tonal toned tongued top topnotch topped torn torpid tortuous total touching tough ' +
  'tousled toxic traceable tragic trained tranquil transverse trapped treated treble trembling tribal ' +
  'trichrome trim triple trite triumphant trivial troubled true trusted trustworthy truthful trying ' +
  'tudor turkish turned tweedy twelfth twelve twentieth twenty twin twinkling twisted two twofold ' +
  'twoscore ugly ultra unable unborn uncanny unclean undone undue uneasy unfair unfit ungainly ungodly ' +
  'unhappy unhealthy unholy unhurt union unjust unkind unknown unlike unlucky unpaid unready unreal ' +
  'unruly unsaid unseeing unseen unsold unstable unstrung unsung untold untried untrue unwed unwise ' +
  'unworthy upbeat upland upper upright upset upstairs upstream upward urban urgent usable useable used ' +
  'usual utmost utter vacant vague vain valiant valid valuable valued variable variant varied various ' +
  'varying vast veiled veined velvety verbal vernal viable vibrant vicious viennese vile violent virgin ' +
  'virile virtual visible visual vital vivid vocal voiced void voltaic votive vulgar vulpine wacky ' +
  'wailful waiting walking wan warlike warm warmed warming warped wary washed wasted watery wavy waxed ' +
  'waxen waxlike wayward weak wealthy wearied weary wearying weather wee weeping weighted weird welcome ' +
  'well west western wet wheezing whipping white whole wicked wide wifely wild willful willing wily ' +
  'windblown winding windy winless winning wintry wired wiry wise witty wobbling wobbly woeful wolflike ' +
  'wondrous wooded wooden woolen woolly workable working world worldly worldwide worn worried worse ' +
  'worst worth worthless worthwhile worthy wounded woven wraithlike wrapped wrathful wrenching wretched ' +
  'writhed writhing written wrong wry yankee yawning yelled yellow yielding yonder young younger ' +
  'youngish youthful zero';

/** Forms of those adjectives in -er that WordNet has as nouns or verbs of their own (121). */
export const NOT_DEGREES =
  'abstracter backer balder blinder blither bounder britisher broker cleaner commoner cooler cracker ' +
  'cutter damper diffuser dimer dimmer diviner doubler downer drier dryer easter easterner eighter ' +
  'fakeer faker fancier fiver flatter foreigner founder frequenter fresher fuller furrier goner graver ' +
  'homer idler insider jointer layer leaner leveler leveller lighter limper liter litter liver loner ' +
  'lower madder mainer maligner mariner mocker modeler modeller mummer niner northeaster norther ' +
  'northerner northwester number oliver opener outsider paster perfecter planer polisher presenter ' +
  'primer privateer prompter ranker rounder salter seconder secreter securer setter sevener sharper ' +
  'shutter sixer slacker smoother sounder souther southerner sparer splitter spreader starer steeper ' +
  'stocker stranger strayer tamer teenager tenner thinner toper topper trimer trimmer twiner unsolder ' +
  'upsetter utterer voider warmer welcomer wester westerner wetter wilder';

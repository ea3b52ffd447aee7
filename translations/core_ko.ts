<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>lessons</name>
    <message>
      <source>1. The learning rate</source>
      <translation>1. 학습률</translation>
    </message>
    <message>
      <source>Too small, about right, too large</source>
      <translation>너무 작게, 알맞게, 너무 크게</translation>
    </message>
    <message>
      <source>The bowl curves by L = 2 in every direction, so gradient descent is stable only for learning rates below 2/L = 1. At 0.02 it crawls; at 0.3 it arrives in a few steps; at 1.2 every step overshoots further than the last, and it diverges.</source>
      <translation>그릇 모양 곡면은 모든 방향으로 곡률이 L = 2이므로, 경사 하강법은 학습률이 2/L = 1보다 작을 때만 안정합니다. 0.02에서는 기어가듯 느리고, 0.3에서는 몇 단계 만에 도착하며, 1.2에서는 단계마다 지난번보다 더 멀리 넘어가 발산합니다.</translation>
    </message>
    <message>
      <source>Exactly at the limit</source>
      <translation>정확히 한계에서</translation>
    </message>
    <message>
      <source>At η = 2/L = 1 each step lands exactly opposite: the distance to the minimum never shrinks and never grows, and the run bounces between two points for ever. Just below the limit (0.95) it bounces too, but the bounces die away.</source>
      <translation>η = 2/L = 1에서는 매 단계가 정확히 반대편에 떨어집니다. 최솟값까지의 거리가 줄지도 늘지도 않아, 두 점 사이를 영원히 오갑니다. 한계 바로 아래(0.95)에서도 오가지만, 그 진동은 점점 잦아듭니다.</translation>
    </message>
    <message>
      <source>2. Local and global minima</source>
      <translation>2. 국소 최솟값과 전역 최솟값</translation>
    </message>
    <message>
      <source>Where you start decides</source>
      <translation>출발점이 결정합니다</translation>
    </message>
    <message>
      <source>Two valleys: the left is deeper (the global minimum), the right shallower. The same gradient descent started on either side of the ridge rolls into the valley on its side: the right one ends in the local minimum.</source>
      <translation>골짜기가 둘 있습니다. 왼쪽이 더 깊고(전역 최솟값) 오른쪽은 더 얕습니다. 같은 경사 하강법이라도 능선의 어느 쪽에서 출발하느냐에 따라 그쪽 골짜기로 굴러갑니다. 오른쪽에서 출발한 실행은 국소 최솟값에서 멈춥니다.</translation>
    </message>
    <message>
      <source>A larger step jumps the ridge</source>
      <translation>큰 보폭은 능선을 넘습니다</translation>
    </message>
    <message>
      <source>From the same start, a small learning rate settles in the nearby local minimum, while a larger one overshoots the ridge on its first steps and ends in the deeper valley. The step size shapes where a run can go, not only how fast.</source>
      <translation>같은 출발점에서 작은 학습률은 가까운 국소 최솟값에 자리 잡지만, 큰 학습률은 처음 몇 단계에서 능선을 넘어 더 깊은 골짜기에 도착합니다. 보폭은 얼마나 빨리 가는지뿐 아니라 어디로 갈 수 있는지도 정합니다.</translation>
    </message>
    <message>
      <source>3. The saddle point</source>
      <translation>3. 안장점</translation>
    </message>
    <message>
      <source>Stuck at a saddle, freed by noise</source>
      <translation>안장점에 갇히고, 잡음으로 풀려나기</translation>
    </message>
    <message>
      <source>On x² − y² gradient descent started on the x axis slides to the origin and stops: the gradient vanishes there, though it is no minimum. The same run with a little gradient noise (as in stochastic gradient descent) is pushed off the axis and escapes downhill along y.</source>
      <translation>x² − y²에서 x축 위에서 출발한 경사 하강법은 원점으로 미끄러져 멈춥니다. 그곳은 최솟값이 아니지만 기울기가 0이기 때문입니다. 같은 실행에 약간의 기울기 잡음을 더하면(확률적 경사 하강법처럼) 축에서 밀려나 y 방향으로 내리막을 따라 빠져나갑니다.</translation>
    </message>
    <message>
      <source>4. The ravine</source>
      <translation>4. 협곡</translation>
    </message>
    <message>
      <source>Zig-zag across, crawl along</source>
      <translation>가로질러 지그재그, 따라서는 느릿느릿</translation>
    </message>
    <message>
      <source>The valley is 100 times steeper across than along (κ = 100), so gradient descent must keep η below 2/100 to stay stable across it, and then moves along it at a crawl, zig-zagging. Momentum averages the zig-zag away and builds up speed along the valley: it arrives in well under half the steps.</source>
      <translation>이 골짜기는 가로 방향이 세로 방향보다 100배 가파릅니다(κ = 100). 그래서 경사 하강법은 가로 방향으로 안정하려면 η를 2/100 아래로 두어야 하고, 그러면 골짜기를 따라서는 지그재그로 기어가듯 움직입니다. 모멘텀은 지그재그를 평균 내어 없애고 골짜기를 따라 속도를 붙여, 절반보다 훨씬 적은 단계 만에 도착합니다.</translation>
    </message>
    <message>
      <source>Rosenbrock's banana</source>
      <translation>Rosenbrock의 바나나</translation>
    </message>
    <message>
      <source>The same on Rosenbrock's curved valley (use the logarithmic colours): after 3,000 steps gradient descent is still far from (1, 1), while momentum and Nesterov momentum with the same learning rate have arrived.</source>
      <translation>Rosenbrock의 휘어진 골짜기에서도 마찬가지입니다(로그 색상을 켜 보세요). 3,000단계 뒤에도 경사 하강법은 아직 (1, 1)에서 멀지만, 같은 학습률의 모멘텀과 네스테로프 모멘텀은 이미 도착했습니다.</translation>
    </message>
    <message>
      <source>5. Adaptive methods</source>
      <translation>5. 적응형 방법</translation>
    </message>
    <message>
      <source>Each direction its own step</source>
      <translation>방향마다 제 보폭</translation>
    </message>
    <message>
      <source>Adagrad, RMSprop and Adam divide each coordinate's step by a running size of its gradient, so the steep direction and the shallow one move at similar speeds: their paths head almost straight for the minimum instead of zig-zagging across the valley like gradient descent.</source>
      <translation>Adagrad, RMSprop, Adam은 각 좌표의 보폭을 그 기울기의 누적 크기로 나눕니다. 그래서 가파른 방향과 완만한 방향이 비슷한 속도로 움직이고, 경사 하강법처럼 골짜기를 가로질러 지그재그하는 대신 거의 곧장 최솟값으로 향합니다.</translation>
    </message>
    <message>
      <source>6. Learning-rate schedules</source>
      <translation>6. 학습률 스케줄</translation>
    </message>
    <message>
      <source>Decay ends the bouncing</source>
      <translation>감쇠가 진동을 멈춥니다</translation>
    </message>
    <message>
      <source>At η = 2/L = 1 on the bowl gradient descent bounces for ever. The same start with the rate halved every 20 steps (StepLR) or annealed along a cosine stops bouncing as soon as the rate has come down, and converges.</source>
      <translation>그릇 모양 곡면에서 η = 2/L = 1이면 경사 하강법은 영원히 오갑니다. 같은 출발점이라도 학습률을 20단계마다 절반으로 줄이거나(StepLR) 코사인을 따라 낮추면, 학습률이 내려가자마자 진동을 멈추고 수렴합니다.</translation>
    </message>
    <message>
      <source>7. Second order</source>
      <translation>7. 2차 방법</translation>
    </message>
    <message>
      <source>Newton's method in one step</source>
      <translation>한 단계 만의 뉴턴 방법</translation>
    </message>
    <message>
      <source>Newton's method divides the gradient by the curvature, direction by direction: on a quadratic it jumps to the minimum in a single step, however ill-conditioned the valley, where gradient descent needs dozens.</source>
      <translation>뉴턴 방법은 기울기를 방향마다 곡률로 나눕니다. 이차 함수에서는 골짜기가 아무리 나쁜 조건이어도 단 한 단계 만에 최솟값으로 뛰어가지만, 경사 하강법은 수십 단계가 필요합니다.</translation>
    </message>
    <message>
      <source>…and straight into the saddle</source>
      <translation>…그리고 곧장 안장점으로</translation>
    </message>
    <message>
      <source>Newton's step goes to where the local quadratic is flat, and on x² − y² that is the saddle: Newton's method heads for it and stops, while gradient descent rolls away downhill. Second-order steps need the curvature to point the right way.</source>
      <translation>뉴턴 단계는 국소 이차 근사가 평평한 곳으로 갑니다. x² − y²에서는 그곳이 안장점이어서, 뉴턴 방법은 그리로 가서 멈추고 경사 하강법은 내리막으로 굴러 내려갑니다. 2차 단계가 제대로 작동하려면 곡률의 방향이 맞아야 합니다.</translation>
    </message>
    <message>
      <source>8. Many minima</source>
      <translation>8. 수많은 최솟값</translation>
    </message>
    <message>
      <source>Rastrigin: the start decides everything</source>
      <translation>Rastrigin: 출발점이 모든 것을 정합니다</translation>
    </message>
    <message>
      <source>A local minimum near every integer point: gradient descent stops in the nearest one. Three starts, three different answers, only one of them the global minimum.</source>
      <translation>정수 격자점마다 가까이에 국소 최솟값이 있어, 경사 하강법은 가장 가까운 것에서 멈춥니다. 출발점 셋, 답도 셋이며, 그중 하나만 전역 최솟값입니다.</translation>
    </message>
    <message>
      <source>Ackley: ripples on a funnel</source>
      <translation>Ackley: 깔때기 위의 잔물결</translation>
    </message>
    <message>
      <source>Adam with the same settings from three starts: two are caught by ripples far from the centre, one finds the funnel's tip at (0, 0).</source>
      <translation>같은 설정의 Adam을 세 출발점에서 실행합니다. 둘은 중심에서 먼 잔물결에 붙잡히고, 하나만 (0, 0)에 있는 깔때기의 끝을 찾습니다.</translation>
    </message>
  </context>
  <context>
    <name>surfaces</name>
    <message>
      <source>Quadratic bowl</source>
      <translation>이차 그릇</translation>
    </message>
    <message>
      <source>The simplest loss: a round bowl whose lowest point is the target (2, 1). Its curvature is L = 2 everywhere, so gradient descent converges for learning rates below 2/L = 1, oscillates forever at exactly 1, and diverges above it.</source>
      <translation>가장 단순한 손실: 가장 낮은 점이 목표 (2, 1)인 둥근 그릇입니다. 곡률이 어디서나 L = 2이므로 경사 하강법은 학습률이 2/L = 1보다 작으면 수렴하고, 정확히 1이면 영원히 진동하며, 그보다 크면 발산합니다.</translation>
    </message>
    <message>
      <source>Ill-conditioned bowl (κ = 25)</source>
      <translation>나쁜 조건의 그릇 (κ = 25)</translation>
    </message>
    <message>
      <source>A long narrow valley: the curvature across it (κ) is much larger than along it (1). Gradient descent must keep its learning rate below 2/κ to stay stable across the valley, so it crawls along it and zig-zags; momentum averages the zig-zag away and adaptive methods rescale each direction.</source>
      <translation>길고 좁은 골짜기: 가로 방향의 곡률(κ)이 세로 방향(1)보다 훨씬 큽니다. 경사 하강법은 가로 방향으로 안정하려면 학습률을 2/κ 아래로 두어야 하므로, 골짜기를 따라 기어가며 지그재그합니다. 모멘텀은 지그재그를 평균 내어 없애고, 적응형 방법은 방향마다 보폭을 조절합니다.</translation>
    </message>
    <message>
      <source>Two valleys (local and global minimum)</source>
      <translation>두 골짜기 (국소 및 전역 최솟값)</translation>
    </message>
    <message>
      <source>Two valleys separated by a ridge near x = 0.08: the left one is the global minimum, the right one only a local minimum. Where a run ends depends on which side of the ridge it starts, and on whether its steps are large enough to jump the ridge.</source>
      <translation>x = 0.08 근처의 능선으로 나뉜 두 골짜기: 왼쪽은 전역 최솟값, 오른쪽은 국소 최솟값일 뿐입니다. 실행이 어디서 끝나는지는 능선의 어느 쪽에서 출발하는지, 그리고 보폭이 능선을 넘을 만큼 큰지에 달려 있습니다.</translation>
    </message>
    <message>
      <source>Plateau (vanishing gradient)</source>
      <translation>평원 (사라지는 기울기)</translation>
    </message>
    <message>
      <source>A narrow well in a wide flat plain. Far from the centre the gradient is tiny, so plain gradient descent barely moves; methods that normalise the step (Adam, RMSprop) cross the plateau at a steady pace.</source>
      <translation>넓고 평평한 들판 속의 좁은 우물. 중심에서 멀면 기울기가 아주 작아 단순한 경사 하강법은 거의 움직이지 않습니다. 보폭을 정규화하는 방법(Adam, RMSprop)은 일정한 속도로 평원을 건넙니다.</translation>
    </message>
    <message>
      <source>Saddle x² − y²</source>
      <translation>안장 x² − y²</translation>
    </message>
    <message>
      <source>Uphill along x, downhill along y: the origin is a critical point but not a minimum. Gradient descent started exactly on the x axis slides into the saddle and stalls; the smallest perturbation (gradient noise) lets it escape downhill along y. The loss is unbounded below, so an escaping run leaves the window for good.</source>
      <translation>x 방향으로는 오르막, y 방향으로는 내리막: 원점은 임계점이지만 최솟값이 아닙니다. 정확히 x축 위에서 출발한 경사 하강법은 안장점으로 미끄러져 멈추고, 아주 작은 교란(기울기 잡음)만 있어도 y 방향 내리막으로 빠져나갑니다. 손실은 아래로 끝이 없으므로, 빠져나간 실행은 화면 밖으로 영영 떠납니다.</translation>
    </message>
    <message>
      <source>Monkey saddle x³ − 3xy²</source>
      <translation>원숭이 안장 x³ − 3xy²</translation>
    </message>
    <message>
      <source>Three valleys meet three ridges at the origin (room for two legs and a tail). The gradient and the whole Hessian vanish there, so even Newton's method gets no information about which way is down.</source>
      <translation>원점에서 세 골짜기와 세 능선이 만납니다(두 다리와 꼬리를 위한 자리). 그곳에서는 기울기와 헤세 행렬 전체가 0이어서, 뉴턴 방법조차 어느 쪽이 내리막인지 알 수 없습니다.</translation>
    </message>
    <message>
      <source>Rosenbrock</source>
      <translation>Rosenbrock</translation>
    </message>
    <message>
      <source>A curved, flat-bottomed banana valley. Finding the valley is easy; following it to the minimum at (1, 1) is hard for gradient descent, which zig-zags across the steep walls. Use the logarithmic colour scale to see the valley floor.</source>
      <translation>휘어지고 바닥이 평평한 바나나 모양 골짜기. 골짜기를 찾기는 쉽지만, 그것을 따라 (1, 1)의 최솟값까지 가기는 경사 하강법에게 어렵습니다. 가파른 벽 사이를 지그재그하기 때문입니다. 골짜기 바닥을 보려면 로그 색상 척도를 쓰세요.</translation>
    </message>
    <message>
      <source>Himmelblau</source>
      <translation>Himmelblau</translation>
    </message>
    <message>
      <source>Four global minima of equal depth, a local maximum and four saddles: which minimum a run reaches depends only on where it starts (and how it steps).</source>
      <translation>깊이가 같은 전역 최솟값 넷, 국소 최댓값 하나, 안장점 넷: 실행이 어느 최솟값에 도달하는지는 오직 출발점(과 보폭)에 달려 있습니다.</translation>
    </message>
    <message>
      <source>Beale</source>
      <translation>Beale</translation>
    </message>
    <message>
      <source>Sharp ridges and flat arms: steps that suit the flat arms overshoot near the ridges. The minimum is at (3, 0.5); the line x = 0 is a flat ridge of critical points.</source>
      <translation>날카로운 능선과 평평한 팔: 평평한 팔에 맞는 보폭은 능선 근처에서 지나쳐 버립니다. 최솟값은 (3, 0.5)이고, 직선 x = 0은 임계점이 늘어선 평평한 능선입니다.</translation>
    </message>
    <message>
      <source>Booth</source>
      <translation>Booth</translation>
    </message>
    <message>
      <source>A tilted quadratic bowl (condition number 9) with its minimum at (1, 3).</source>
      <translation>기울어진 이차 그릇(조건수 9)으로, 최솟값은 (1, 3)입니다.</translation>
    </message>
    <message>
      <source>Matyas</source>
      <translation>Matyas</translation>
    </message>
    <message>
      <source>A quadratic bowl stretched along the diagonal: curvature 1 across it, 0.04 along it (condition number 25). Gradient descent quickly reaches the diagonal, then crawls.</source>
      <translation>대각선 방향으로 늘어난 이차 그릇: 가로 곡률 1, 대각선 방향 곡률 0.04(조건수 25). 경사 하강법은 대각선에 빨리 닿은 뒤 기어가듯 움직입니다.</translation>
    </message>
    <message>
      <source>Three-hump camel</source>
      <translation>세 혹 낙타</translation>
    </message>
    <message>
      <source>A global minimum at the origin flanked by two shallow local minima: a start on the outer slopes often ends in a side hump.</source>
      <translation>원점의 전역 최솟값 양옆에 얕은 국소 최솟값이 둘 있습니다. 바깥 비탈에서 출발하면 옆 혹에서 끝나기 쉽습니다.</translation>
    </message>
    <message>
      <source>Six-hump camel</source>
      <translation>여섯 혹 낙타</translation>
    </message>
    <message>
      <source>Six minima, two of them global (−1.0316): a map of where each start ends up is a patchwork.</source>
      <translation>최솟값 여섯 개, 그중 둘이 전역 최솟값(−1.0316)입니다. 출발점마다 어디에 도착하는지 그려 보면 조각보가 됩니다.</translation>
    </message>
    <message>
      <source>Goldstein–Price</source>
      <translation>Goldstein–Price</translation>
    </message>
    <message>
      <source>Values range over six orders of magnitude, so a fixed learning rate is either far too large on the walls or far too small on the floor. Use the logarithmic colour scale. Global minimum 3 at (0, −1), with local minima at 30, 84 and 840.</source>
      <translation>값이 여섯 자릿수에 걸쳐 있어서, 고정된 학습률은 벽에서는 너무 크거나 바닥에서는 너무 작습니다. 로그 색상 척도를 쓰세요. 전역 최솟값은 (0, −1)에서 3이고, 국소 최솟값은 30, 84, 840입니다.</translation>
    </message>
    <message>
      <source>McCormick</source>
      <translation>McCormick</translation>
    </message>
    <message>
      <source>A tilted valley along x − y = 1 with a sine ripple along it: the global minimum −1.9133 at (−0.5472, −1.5472) and a local one further up the valley.</source>
      <translation>x − y = 1을 따라 사인 물결이 있는 기울어진 골짜기: 전역 최솟값 −1.9133은 (−0.5472, −1.5472)에 있고, 골짜기 위쪽에 국소 최솟값이 하나 더 있습니다.</translation>
    </message>
    <message>
      <source>Rastrigin</source>
      <translation>Rastrigin</translation>
    </message>
    <message>
      <source>A bowl covered in an egg-crate: a local minimum near every integer point. Gradient methods stop in the nearest dimple; the start decides everything.</source>
      <translation>달걀판으로 덮인 그릇: 정수 격자점마다 가까이에 국소 최솟값이 있습니다. 기울기 방법은 가장 가까운 오목한 곳에서 멈추므로, 출발점이 모든 것을 정합니다.</translation>
    </message>
    <message>
      <source>Ackley</source>
      <translation>Ackley</translation>
    </message>
    <message>
      <source>A funnel covered in ripples, with a sharp cone at the global minimum (0, 0), where the gradient is undefined. Small steps get caught in the ripples; the funnel only shows at a distance.</source>
      <translation>잔물결로 덮인 깔때기로, 전역 최솟값 (0, 0)에는 뾰족한 원뿔이 있어 기울기가 정의되지 않습니다. 작은 보폭은 잔물결에 붙잡히고, 깔때기는 멀리서 볼 때만 드러납니다.</translation>
    </message>
    <message>
      <source>Styblinski–Tang</source>
      <translation>Styblinski–Tang</translation>
    </message>
    <message>
      <source>Four valleys of different depths: the global minimum −78.332 at (−2.9035, −2.9035) and three local ones.</source>
      <translation>깊이가 다른 골짜기 넷: 전역 최솟값 −78.332는 (−2.9035, −2.9035)에 있고, 나머지 셋은 국소 최솟값입니다.</translation>
    </message>
    <message>
      <source>Easom</source>
      <translation>Easom</translation>
    </message>
    <message>
      <source>A single narrow hole at (π, π) in a plain that is flat to many decimal places: a run that starts far away has no gradient to follow.</source>
      <translation>소수점 아래 여러 자리까지 평평한 들판의 (π, π)에 좁은 구멍 하나: 멀리서 출발한 실행은 따라갈 기울기가 없습니다.</translation>
    </message>
    <message>
      <source>Lévi N.13</source>
      <translation>Lévi N.13</translation>
    </message>
    <message>
      <source>A bowl around (1, 1) with ripples of different periods in x and y: a dense field of local minima.</source>
      <translation>(1, 1)을 중심으로 한 그릇에 x와 y 방향으로 주기가 다른 물결이 있어, 국소 최솟값이 빽빽합니다.</translation>
    </message>
  </context>
  <context>
    <name>optimizers</name>
    <message>
      <source>Gradient descent</source>
      <translation>경사 하강법</translation>
    </message>
    <message>
      <source>Momentum (heavy ball)</source>
      <translation>모멘텀 (무거운 공)</translation>
    </message>
    <message>
      <source>Nesterov momentum</source>
      <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
      <source>SGD (all options)</source>
      <translation>SGD (모든 옵션)</translation>
    </message>
    <message>
      <source>Adagrad</source>
      <translation>Adagrad</translation>
    </message>
    <message>
      <source>RMSprop</source>
      <translation>RMSprop</translation>
    </message>
    <message>
      <source>Adadelta</source>
      <translation>Adadelta</translation>
    </message>
    <message>
      <source>Adam</source>
      <translation>Adam</translation>
    </message>
    <message>
      <source>AdamW</source>
      <translation>AdamW</translation>
    </message>
    <message>
      <source>NAdam (Nesterov Adam)</source>
      <translation>NAdam (네스테로프 Adam)</translation>
    </message>
    <message>
      <source>Adamax</source>
      <translation>Adamax</translation>
    </message>
    <message>
      <source>Newton's method</source>
      <translation>뉴턴 방법</translation>
    </message>
  </context>
</TS>

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
      <source>η = 0.02 (too small)</source>
      <translation>η = 0.02 (너무 작음)</translation>
    </message>
    <message>
      <source>η = 0.3 (about right)</source>
      <translation>η = 0.3 (알맞음)</translation>
    </message>
    <message>
      <source>η = 1.2 (too large)</source>
      <translation>η = 1.2 (너무 큼)</translation>
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
      <source>η = 1 (= 2/L)</source>
      <translation>η = 1 (= 2/L)</translation>
    </message>
    <message>
      <source>η = 0.95</source>
      <translation>η = 0.95</translation>
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
      <source>start on the right</source>
      <translation>오른쪽에서 출발</translation>
    </message>
    <message>
      <source>start on the left</source>
      <translation>왼쪽에서 출발</translation>
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
      <source>η = 0.05</source>
      <translation>η = 0.05</translation>
    </message>
    <message>
      <source>η = 0.2</source>
      <translation>η = 0.2</translation>
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
      <source>gd</source>
      <translation>gd</translation>
    </message>
    <message>
      <source>gd + noise σ = 0.05</source>
      <translation>gd + 잡음 σ = 0.05</translation>
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
      <source>gd η = 0.019</source>
      <translation>gd η = 0.019</translation>
    </message>
    <message>
      <source>momentum η = 0.004</source>
      <translation>momentum η = 0.004</translation>
    </message>
    <message>
      <source>nesterov η = 0.008</source>
      <translation>nesterov η = 0.008</translation>
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
      <source>momentum</source>
      <translation>momentum</translation>
    </message>
    <message>
      <source>nesterov</source>
      <translation>nesterov</translation>
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
      <source>adagrad</source>
      <translation>adagrad</translation>
    </message>
    <message>
      <source>rmsprop</source>
      <translation>rmsprop</translation>
    </message>
    <message>
      <source>adam</source>
      <translation>adam</translation>
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
      <source>constant η = 1</source>
      <translation>고정 η = 1</translation>
    </message>
    <message>
      <source>StepLR ×0.5 every 20</source>
      <translation>StepLR: 20단계마다 ×0.5</translation>
    </message>
    <message>
      <source>cosine</source>
      <translation>코사인</translation>
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
      <source>newton</source>
      <translation>newton</translation>
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
      <source>start (3.2, −2.4)</source>
      <translation>출발점 (3.2, −2.4)</translation>
    </message>
    <message>
      <source>start (0.4, 0.3)</source>
      <translation>출발점 (0.4, 0.3)</translation>
    </message>
    <message>
      <source>start (−1.3, 2.2)</source>
      <translation>출발점 (−1.3, 2.2)</translation>
    </message>
    <message>
      <source>Ackley: ripples on a funnel</source>
      <translation>Ackley: 깔때기 위의 잔물결</translation>
    </message>
    <message>
      <source>Adam with the same settings from three starts: two are caught by ripples far from the centre, one finds the funnel's tip at (0, 0).</source>
      <translation>같은 설정의 Adam을 세 출발점에서 실행합니다. 둘은 중심에서 먼 잔물결에 붙잡히고, 하나만 (0, 0)에 있는 깔때기의 끝을 찾습니다.</translation>
    </message>
    <message>
      <source>start (3.3, −2.2)</source>
      <translation>출발점 (3.3, −2.2)</translation>
    </message>
    <message>
      <source>start (0.6, 0.4)</source>
      <translation>출발점 (0.6, 0.4)</translation>
    </message>
    <message>
      <source>start (−4, 3)</source>
      <translation>출발점 (−4, 3)</translation>
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
      <source>Ill-conditioned bowl</source>
      <translation>나쁜 조건의 그릇</translation>
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
      <source>b (velocity)</source>
      <translation>b (속도)</translation>
    </message>
    <message>
      <source>Momentum factor μ: how much of the last step is kept.</source>
      <translation>모멘텀 계수 μ: 지난 단계를 얼마나 유지할지 정합니다.</translation>
    </message>
    <message>
      <source>Dampening τ for momentum: scales new gradients by 1 − τ.</source>
      <translation>모멘텀의 감쇠 τ: 새 기울기에 1 − τ를 곱합니다.</translation>
    </message>
    <message>
      <source>Nesterov momentum: look ahead along the velocity.</source>
      <translation>네스테로프 모멘텀: 속도 방향으로 앞을 내다봅니다.</translation>
    </message>
    <message>
      <source>L2 penalty λ added to the gradient: g ← g + λθ.</source>
      <translation>기울기에 더하는 L2 벌점 λ: g ← g + λθ.</translation>
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
      <source>s (sum of g²)</source>
      <translation>s (g²의 합)</translation>
    </message>
    <message>
      <source>Learning-rate decay η: γ is divided by 1 + (t − 1)·η.</source>
      <translation>학습률 감쇠 η: γ를 1 + (t − 1)·η로 나눕니다.</translation>
    </message>
    <message>
      <source>Starting value of the sum of squared gradients.</source>
      <translation>기울기 제곱 합의 초깃값입니다.</translation>
    </message>
    <message>
      <source>Small constant ε added to √s to avoid division by zero.</source>
      <translation>0으로 나누지 않도록 √s에 더하는 작은 상수 ε입니다.</translation>
    </message>
    <message>
      <source>RMSprop</source>
      <translation>RMSprop</translation>
    </message>
    <message>
      <source>v (mean of g²)</source>
      <translation>v (g²의 평균)</translation>
    </message>
    <message>
      <source>ḡ (mean of g, centered)</source>
      <translation>ḡ (g의 평균, centered)</translation>
    </message>
    <message>
      <source>Smoothing constant α of the running average of g².</source>
      <translation>g² 이동 평균의 평활 상수 α입니다.</translation>
    </message>
    <message>
      <source>Small constant ε added to √v (outside the square root) to avoid division by zero.</source>
      <translation>0으로 나누지 않도록 √v에 (제곱근 바깥에서) 더하는 작은 상수 ε입니다.</translation>
    </message>
    <message>
      <source>Momentum factor μ applied to the normalised step.</source>
      <translation>정규화된 단계에 적용하는 모멘텀 계수 μ입니다.</translation>
    </message>
    <message>
      <source>Divide by the running variance of g instead of its mean square.</source>
      <translation>g의 제곱 평균 대신 이동 분산으로 나눕니다.</translation>
    </message>
    <message>
      <source>Adadelta</source>
      <translation>Adadelta</translation>
    </message>
    <message>
      <source>u (mean of Δ²)</source>
      <translation>u (Δ²의 평균)</translation>
    </message>
    <message>
      <source>Decay ρ of the running averages of g² and of Δ².</source>
      <translation>g²와 Δ² 이동 평균의 감쇠율 ρ입니다.</translation>
    </message>
    <message>
      <source>Small constant ε inside both square roots to avoid division by zero.</source>
      <translation>0으로 나누지 않도록 두 제곱근 안에 더하는 작은 상수 ε입니다.</translation>
    </message>
    <message>
      <source>Adam</source>
      <translation>Adam</translation>
    </message>
    <message>
      <source>m (first moment)</source>
      <translation>m (1차 모멘트)</translation>
    </message>
    <message>
      <source>v (second moment)</source>
      <translation>v (2차 모멘트)</translation>
    </message>
    <message>
      <source>v_max (AMSGrad)</source>
      <translation>v_max (AMSGrad)</translation>
    </message>
    <message>
      <source>β₁: decay of the running mean of g (momentum).</source>
      <translation>β₁: g 이동 평균의 감쇠율(모멘텀)입니다.</translation>
    </message>
    <message>
      <source>β₂: decay of the running mean of g².</source>
      <translation>β₂: g² 이동 평균의 감쇠율입니다.</translation>
    </message>
    <message>
      <source>Small constant ε added to √v̂ to avoid division by zero.</source>
      <translation>0으로 나누지 않도록 √v̂에 더하는 작은 상수 ε입니다.</translation>
    </message>
    <message>
      <source>Use the running maximum of v (AMSGrad).</source>
      <translation>v의 누적 최댓값을 사용합니다(AMSGrad).</translation>
    </message>
    <message>
      <source>AdamW</source>
      <translation>AdamW</translation>
    </message>
    <message>
      <source>Decoupled weight decay λ: θ ← θ·(1 − γλ) before the step.</source>
      <translation>분리된 가중치 감쇠 λ: 단계 전에 θ ← θ·(1 − γλ).</translation>
    </message>
    <message>
      <source>NAdam (Nesterov Adam)</source>
      <translation>NAdam (네스테로프 Adam)</translation>
    </message>
    <message>
      <source>Πμ (momentum product)</source>
      <translation>Πμ (모멘텀 곱)</translation>
    </message>
    <message>
      <source>ψ: how fast the momentum coefficient μₜ warms up.</source>
      <translation>ψ: 모멘텀 계수 μₜ가 얼마나 빨리 커지는지 정합니다.</translation>
    </message>
    <message>
      <source>Adamax</source>
      <translation>Adamax</translation>
    </message>
    <message>
      <source>u (infinity norm)</source>
      <translation>u (무한 노름)</translation>
    </message>
    <message>
      <source>Newton's method</source>
      <translation>뉴턴 방법</translation>
    </message>
    <message>
      <source>Levenberg damping λ added to the Hessian's diagonal: larger λ makes the step shorter and closer to gradient descent.</source>
      <translation>헤세 행렬의 대각선에 더하는 레벤버그 감쇠 λ: λ가 클수록 단계가 짧아지고 경사 하강법에 가까워집니다.</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>resolution must be from 2 to {limit}, not {got}</source>
      <translation>해상도는 2부터 {limit}까지여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>start must be two finite numbers x,y, not {got}</source>
      <translation>출발점은 유한한 수 두 개 x,y여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>learning rate must be a finite number &gt; 0, not {got}</source>
      <translation>학습률은 0보다 큰 유한한 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>learning rate must be &gt; 0, not {got}</source>
      <translation>학습률은 0보다 커야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>steps must be a whole number from 0 to {limit}, not {got}</source>
      <translation>단계 수는 0부터 {limit}까지의 정수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>noise σ must be a finite number ≥ 0, not {got}</source>
      <translation>잡음 σ는 0 이상의 유한한 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>seed must be a whole number ≥ 0, not {got}</source>
      <translation>시드는 0 이상의 정수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>clip must be a finite number &gt; 0, not {got}</source>
      <translation>기울기 자르기 값(clip)은 0보다 큰 유한한 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>flat in one direction (singular)</source>
      <translation>한 방향으로 평평함 (특이)</translation>
    </message>
    <message>
      <source>bowl-shaped (positive definite)</source>
      <translation>그릇 모양 (양의 정부호)</translation>
    </message>
    <message>
      <source>cap-shaped (negative definite)</source>
      <translation>뒤집힌 그릇 모양 (음의 정부호)</translation>
    </message>
    <message>
      <source>saddle-shaped (indefinite)</source>
      <translation>안장 모양 (부정부호)</translation>
    </message>
    <message>
      <source>the name may not contain '#' and is at most 80 characters</source>
      <translation>이름에는 '#'을 쓸 수 없으며 최대 80자입니다</translation>
    </message>
    <message>
      <source>the {axis} range must be two finite numbers, the first the smaller (got {low} … {high})</source>
      <translation>{axis} 범위는 유한한 수 두 개여야 하며 첫째 수가 더 작아야 합니다 (받은 값: {low} … {high})</translation>
    </message>
    <message>
      <source>the loss became non-finite</source>
      <translation>손실이 유한하지 않게 되었습니다</translation>
    </message>
    <message>
      <source>the loss is undefined at ({x}, {y})</source>
      <translation>({x}, {y})에서 손실이 정의되지 않습니다</translation>
    </message>
    <message>
      <source>the gradient became non-finite</source>
      <translation>기울기가 유한하지 않게 되었습니다</translation>
    </message>
    <message>
      <source>the loss is undefined at the start ({x}, {y})</source>
      <translation>출발점 ({x}, {y})에서 손실이 정의되지 않습니다</translation>
    </message>
    <message>
      <source>the loss is not finite at the start ({x}, {y}), far outside the window</source>
      <translation>출발점 ({x}, {y})에서 손실이 유한하지 않습니다 (창 범위에서 한참 벗어남)</translation>
    </message>
    <message>
      <source>the position left the window far behind or became non-finite</source>
      <translation>위치가 창 범위를 한참 벗어났거나 유한하지 않게 되었습니다</translation>
    </message>
    <message>
      <source>update applied θ{next} − θ{k} = {update}</source>
      <translation>적용된 갱신 θ{next} − θ{k} = {update}</translation>
    </message>
    <message>
      <source>step</source>
      <translation>단계</translation>
    </message>
    <message>
      <source>{step} of {steps}</source>
      <translation>{steps}단계 중 {step}</translation>
    </message>
    <message>
      <source>position θ{k}</source>
      <translation>위치 θ{k}</translation>
    </message>
    <message>
      <source>loss f(θ{k})</source>
      <translation>손실 f(θ{k})</translation>
    </message>
    <message>
      <source>gradient g</source>
      <translation>기울기 g</translation>
    </message>
    <message>
      <source>g = ∇f(θ{k}) with noise/clipping = {g}</source>
      <translation>잡음/자르기를 더한 g = ∇f(θ{k}) = {g}</translation>
    </message>
    <message>
      <source>Hessian eigenvalues</source>
      <translation>헤세 행렬 고윳값</translation>
    </message>
    <message>
      <source>condition number κ</source>
      <translation>조건수 κ</translation>
    </message>
    <message>
      <source>curvature</source>
      <translation>곡률</translation>
    </message>
    <message>
      <source>(the run has ended: no further update)</source>
      <translation>(실행이 끝났습니다: 더 이상 갱신 없음)</translation>
    </message>
    <message>
      <source>(step {step} not computed yet)</source>
      <translation>({step}단계는 아직 계산되지 않았습니다)</translation>
    </message>
    <message>
      <source>b = g = {b}   (first step: no dampening)</source>
      <translation>b = g = {b}   (첫 단계: 감쇠 없음)</translation>
    </message>
    <message>
      <source>θ ← θ·(1 − η·λ) = θ·{factor}   (decoupled weight decay)</source>
      <translation>θ ← θ·(1 − η·λ) = θ·{factor}   (분리된 가중치 감쇠)</translation>
    </message>
    <message>
      <source>exponent {exponent} is too large: at most {limit}</source>
      <translation>지수 {exponent}이(가) 너무 큽니다: 최대 {limit}</translation>
    </message>
    <message>
      <source>use one of {functions}</source>
      <translation>다음 함수 중 하나를 쓰세요: {functions}</translation>
    </message>
    <message>
      <source>'{code}' is not allowed</source>
      <translation>'{code}'은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>use numbers, x, y, + − * / ** ^ and the listed functions</source>
      <translation>숫자, x, y, + − * / ** ^, 목록에 있는 함수만 쓰세요</translation>
    </message>
    <message>
      <source>'{code}' cannot be called: only the listed functions can, by name</source>
      <translation>'{code}'은(는) 호출할 수 없습니다: 목록에 있는 함수만 이름으로 호출할 수 있습니다</translation>
    </message>
    <message>
      <source>unknown name '{name}'{suggestion}</source>
      <translation>알 수 없는 이름 '{name}'{suggestion}</translation>
    </message>
    <message>
      <source>use x and y, pi, e, or {functions}</source>
      <translation>x와 y, pi, e 또는 다음 함수를 쓰세요: {functions}</translation>
    </message>
    <message>
      <source>'attribute access (.)' is not allowed</source>
      <translation>'속성 접근 (.)'은 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'indexing [ ]' is not allowed</source>
      <translation>'인덱싱 [ ]'은 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'a comprehension' is not allowed</source>
      <translation>'컴프리헨션'은 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'a generator' is not allowed</source>
      <translation>'제너레이터'는 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'a comparison' is not allowed</source>
      <translation>'비교'는 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'a tuple' is not allowed</source>
      <translation>'튜플'은 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'a list' is not allowed</source>
      <translation>'리스트'는 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'a dict' is not allowed</source>
      <translation>'딕셔너리'는 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'a set' is not allowed</source>
      <translation>'집합'은 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'an f-string' is not allowed</source>
      <translation>'f-문자열'은 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'the value {value}' is not allowed</source>
      <translation>'값 {value}'은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>the formula is {length} characters long: at most {limit}</source>
      <translation>식이 {length}자로 너무 깁니다: 최대 {limit}자</translation>
    </message>
    <message>
      <source>{problem} at column {column}; {hint}</source>
      <translation>{problem} ({column}번째 글자). {hint}</translation>
    </message>
    <message>
      <source>nested too deeply: at most {limit} levels</source>
      <translation>중첩이 너무 깊습니다: 최대 {limit}겹</translation>
    </message>
    <message>
      <source>the operator '{operator}' is not allowed</source>
      <translation>연산자 '{operator}'은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>to multiply, write {name}*(…)</source>
      <translation>곱하려면 {name}*(…)처럼 쓰세요</translation>
    </message>
    <message>
      <source>'{name}' is not an allowed function{suggestion}</source>
      <translation>'{name}'은(는) 쓸 수 있는 함수가 아닙니다{suggestion}</translation>
    </message>
    <message>
      <source>{function}() takes no named arguments</source>
      <translation>{function}()에는 이름 붙은 인수를 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>a lambda cannot be called: only the listed functions can, by name</source>
      <translation>람다는 호출할 수 없습니다: 목록에 있는 함수만 이름으로 호출할 수 있습니다</translation>
    </message>
    <message>
      <source>'{code}' cannot be called: attribute access (.) is not allowed</source>
      <translation>'{code}'은(는) 호출할 수 없습니다: 속성 접근 (.)은 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>'{code}' cannot be called: indexing [ ] is not allowed</source>
      <translation>'{code}'은(는) 호출할 수 없습니다: 인덱싱 [ ]은 쓸 수 없습니다</translation>
    </message>
    <message>
      <source>a constant part is too large: the limit is {limit}</source>
      <translation>상수 부분이 너무 큽니다: 한계는 {limit}입니다</translation>
    </message>
    <message>
      <source>type a formula in x and y, e.g. (1 - x)**2 + 100*(y - x**2)**2</source>
      <translation>x와 y로 된 식을 입력하세요. 예: (1 - x)**2 + 100*(y - x**2)**2</translation>
    </message>
    <message>
      <source>'#' is not allowed (a formula has no comments)</source>
      <translation>'#'은 쓸 수 없습니다 (식에는 주석이 없습니다)</translation>
    </message>
    <message>
      <source>{problem} at column {column}</source>
      <translation>{problem} ({column}번째 글자)</translation>
    </message>
    <message>
      <source>the expression is too long: at most {limit} operations</source>
      <translation>식이 너무 깁니다: 연산은 최대 {limit}개입니다</translation>
    </message>
    <message>
      <source>use + − * / ** ^</source>
      <translation>+ − * / ** ^ 중에서 쓰세요</translation>
    </message>
    <message>
      <source>nested powers multiply to degree {degree}: at most {limit}</source>
      <translation>중첩된 거듭제곱의 차수가 곱해져 {degree}차가 됩니다: 최대 {limit}차</translation>
    </message>
    <message>
      <source>'{name}' is a variable, not a function,</source>
      <translation>'{name}'은(는) 함수가 아니라 변수입니다</translation>
    </message>
    <message>
      <source>'{name}' is a constant, not a function,</source>
      <translation>'{name}'은(는) 함수가 아니라 상수입니다</translation>
    </message>
    <message>
      <source>{function}() takes {wanted} arguments, not {given}</source>
      <translation>{function}()의 인수는 {given}개가 아니라 {wanted}개입니다</translation>
    </message>
    <message>
      <source>{function}() takes {wanted} argument, not {given}</source>
      <translation>{function}()의 인수는 {given}개가 아니라 {wanted}개입니다</translation>
    </message>
    <message>
      <source>a constant part cannot be evaluated (too large, or undefined like 1/0 or log(-1))</source>
      <translation>상수 부분을 계산할 수 없습니다 (너무 크거나, 1/0이나 log(-1)처럼 정의되지 않음)</translation>
    </message>
    <message>
      <source>syntax error ({detail})</source>
      <translation>구문 오류 ({detail})</translation>
    </message>
    <message>
      <source>the formula is too large to work with; make its numbers or powers smaller</source>
      <translation>식이 너무 커서 다룰 수 없습니다. 수나 거듭제곱을 더 작게 하세요</translation>
    </message>
    <message>
      <source>{problem}; {hint}</source>
      <translation>{problem}. {hint}</translation>
    </message>
    <message>
      <source>a power of a constant factor grows beyond 1e300 (e.g. (1e5*x)**100)</source>
      <translation>상수 인수의 거듭제곱이 1e300을 넘습니다 (예: (1e5*x)**100)</translation>
    </message>
    <message>
      <source>the formula cannot be read</source>
      <translation>식을 읽을 수 없습니다</translation>
    </message>
    <message>
      <source>cannot write {file}: {reason}</source>
      <translation>{file} 파일을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
      <source>cannot write {file}: the folder {folder} does not exist</source>
      <translation>{file} 파일을 쓸 수 없습니다: 폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
      <source>cannot write {file}: permission denied</source>
      <translation>{file} 파일을 쓸 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
      <source>cannot write {file}: no space left on the device</source>
      <translation>{file} 파일을 쓸 수 없습니다: 장치에 남은 공간이 없습니다</translation>
    </message>
    <message>
      <source>cannot write {file}: its symbolic links form a loop</source>
      <translation>{file} 파일을 쓸 수 없습니다: 심볼릭 링크가 순환합니다</translation>
    </message>
    <message>
      <source>cannot write {file}: it is a folder</source>
      <translation>{file} 파일을 쓸 수 없습니다: 폴더입니다</translation>
    </message>
    <message>
      <source>cannot write {file}: it is a socket</source>
      <translation>{file} 파일을 쓸 수 없습니다: 소켓입니다</translation>
    </message>
    <message>
      <source>unknown lesson '{name}'{suggestion}; lessons: {valid}</source>
      <translation>알 수 없는 수업 '{name}'{suggestion}. 수업: {valid}</translation>
    </message>
    <message>
      <source> (did you mean '{name}'?)</source>
      <translation> (혹시 '{name}'?)</translation>
    </message>
    <message>
      <source>{name} must be true or false, not {got}</source>
      <translation>{name}은(는) true 또는 false여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{name} must be a number, not {got}</source>
      <translation>{name}은(는) 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>optimizer '{optimizer}' has no hyperparameter '{name}'{suggestion}; it takes: {valid}</source>
      <translation>최적화기 '{optimizer}'에는 하이퍼파라미터 '{name}'이(가) 없습니다{suggestion}. 받는 하이퍼파라미터: {valid}</translation>
    </message>
    <message>
      <source> (set beta1 and beta2 separately)</source>
      <translation> (beta1과 beta2를 따로 설정하세요)</translation>
    </message>
    <message>
      <source>optimizer '{optimizer}' has no hyperparameter '{name}'{suggestion}; it takes: none</source>
      <translation>최적화기 '{optimizer}'에는 하이퍼파라미터 '{name}'이(가) 없습니다{suggestion}. 이 최적화기에는 하이퍼파라미터가 없습니다</translation>
    </message>
    <message>
      <source>{name} must be a finite number, not {got}</source>
      <translation>{name}은(는) 유한한 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{name} = {got} is out of range; valid: {valid}</source>
      <translation>{name} = {got}은(는) 범위를 벗어났습니다. 유효 범위: {valid}</translation>
    </message>
    <message>
      <source>unknown optimizer '{name}'{suggestion}; valid optimizers: {valid}</source>
      <translation>알 수 없는 최적화기 '{name}'{suggestion}. 쓸 수 있는 최적화기: {valid}</translation>
    </message>
    <message>
      <source>nesterov = true needs momentum &gt; 0 and dampening = 0 (got momentum = {momentum}, dampening = {dampening})</source>
      <translation>nesterov = true에는 momentum &gt; 0 및 dampening = 0이 필요합니다 (받은 값: momentum = {momentum}, dampening = {dampening})</translation>
    </message>
    <message>
      <source>converged to {minimum} at step {step}</source>
      <translation>{step}단계에서 {minimum}에 수렴</translation>
    </message>
    <message>
      <source>still moving after {steps} steps (loss {loss})</source>
      <translation>{steps}단계 후 아직 이동 중 (손실 {loss})</translation>
    </message>
    <message>
      <source>still moving after {steps} steps (loss {loss}, {distance} from {minimum})</source>
      <translation>{steps}단계 후 아직 이동 중 (손실 {loss}, {minimum}까지 {distance})</translation>
    </message>
    <message>
      <source>not started yet</source>
      <translation>아직 시작하지 않음</translation>
    </message>
    <message>
      <source>diverged at step {step}</source>
      <translation>{step}단계에서 발산</translation>
    </message>
    <message>
      <source>stalled on a plateau at {at} from step {step}</source>
      <translation>{step}단계부터 {at}의 평지에서 멈춤</translation>
    </message>
    <message>
      <source>stepped into a hole at step {step}: {reason}</source>
      <translation>{step}단계에서 구멍에 빠짐: {reason}</translation>
    </message>
    <message>
      <source>escaped downhill at step {step}: the loss is unbounded below</source>
      <translation>{step}단계에서 내리막으로 빠져나감: 손실이 아래로 유계가 아님</translation>
    </message>
    <message>
      <source>converged to a local minimum {at} (not in the table) at step {step}</source>
      <translation>{step}단계에서 국소 최솟값 {at}에 수렴 (표에 없음)</translation>
    </message>
    <message>
      <source>stalled at a maximum {at} from step {step}</source>
      <translation>{step}단계부터 최댓값 {at}에서 멈춤</translation>
    </message>
    <message>
      <source>stalled at a saddle point {at} from step {step}</source>
      <translation>{step}단계부터 안장점 {at}에서 멈춤</translation>
    </message>
    <message>
      <source>still approaching {minimum} after {steps} steps ({distance} away)</source>
      <translation>{steps}단계 후 아직 {minimum}에 다가가는 중 ({distance} 남음)</translation>
    </message>
    <message>
      <source>unknown schedule '{name}'{suggestion}; valid schedules: {valid}</source>
      <translation>알 수 없는 스케줄 '{name}'{suggestion}. 쓸 수 있는 스케줄: {valid}</translation>
    </message>
    <message>
      <source>step_size must be a whole number ≥ 1</source>
      <translation>step_size는 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
      <source>gamma must be &gt; 0</source>
      <translation>gamma는 0보다 커야 합니다</translation>
    </message>
    <message>
      <source>t_max must be ≥ 1</source>
      <translation>t_max는 1 이상이어야 합니다</translation>
    </message>
    <message>
      <source>eta_min must be ≥ 0</source>
      <translation>eta_min은 0 이상이어야 합니다</translation>
    </message>
    <message>
      <source>schedule '{schedule}' has no parameter '{name}'{suggestion}; its parameters: none</source>
      <translation>스케줄 '{schedule}'에는 매개변수 '{name}'이(가) 없습니다{suggestion}. 이 스케줄에는 매개변수가 없습니다</translation>
    </message>
    <message>
      <source>schedule parameter {name} must be finite, not {got}</source>
      <translation>스케줄 매개변수 {name}은(는) 유한한 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>warmup needs 0 &lt; start_factor ≤ 1 and 0 ≤ end_factor ≤ 1</source>
      <translation>warmup에는 0 &lt; start_factor ≤ 1 및 0 ≤ end_factor ≤ 1이 필요합니다</translation>
    </message>
    <message>
      <source>total_iters must be a whole number ≥ 1</source>
      <translation>total_iters는 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
      <source>schedule parameter '{item}' must be KEY=VALUE</source>
      <translation>스케줄 매개변수 '{item}'은(는) KEY=VALUE 꼴이어야 합니다</translation>
    </message>
    <message>
      <source>schedule '{schedule}' has no parameter '{name}'{suggestion}; its parameters: {valid}</source>
      <translation>스케줄 '{schedule}'에는 매개변수 '{name}'이(가) 없습니다{suggestion}. 매개변수: {valid}</translation>
    </message>
    <message>
      <source>schedule parameter {name}={value} is not a number</source>
      <translation>스케줄 매개변수 {name}={value}: 값이 수가 아닙니다</translation>
    </message>
    <message>
      <source>run '{run}': '{item}' must be KEY=VALUE (the rate comes first)</source>
      <translation>실행 '{run}': '{item}'은(는) KEY=VALUE 꼴이어야 합니다 (학습률은 맨 앞에 씁니다)</translation>
    </message>
    <message>
      <source>run '{run}': the learning rate must be a finite number &gt; 0</source>
      <translation>실행 '{run}': 학습률은 0보다 큰 유한한 수여야 합니다</translation>
    </message>
    <message>
      <source>run '{run}': learning rate '{item}' is not a number</source>
      <translation>실행 '{run}': 학습률 '{item}'은(는) 수가 아닙니다</translation>
    </message>
    <message>
      <source>the field '{name}' is missing</source>
      <translation>필드 '{name}'이(가) 없습니다</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <source>{file}: {problem}</source>
      <translation>{file}: {problem}</translation>
    </message>
    <message>
      <source>{field}: expected [[x0, x1], [y0, y1]], got {got}</source>
      <translation>{field}: [[x0, x1], [y0, y1]] 꼴이어야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected an object, got {got}</source>
      <translation>{field}: 객체여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected a finite number, got {got}</source>
      <translation>{field}: 유한한 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected a number {bound}, got {got}</source>
      <translation>{field}: {bound}인 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected a whole number ≥ {low}, got {got}</source>
      <translation>{field}: {low} 이상의 정수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected [x, y], got {got}</source>
      <translation>{field}: [x, y] 꼴이어야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected text of at most 200 characters, got {got}</source>
      <translation>{field}: 200자 이하의 텍스트여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected a colour like "#D55E00", got {got}</source>
      <translation>{field}: "#D55E00" 같은 색이어야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>not a landscape-gui session file (the field 'format' should be "{format}")</source>
      <translation>landscape-gui 세션 파일이 아닙니다 (필드 'format'은 "{format}"이어야 합니다)</translation>
    </message>
    <message>
      <source>this file was written by a newer landscape-gui (format version {version}); this version reads up to version {supported}</source>
      <translation>이 파일은 더 새로운 landscape-gui로 저장되었습니다 (형식 버전 {version}). 이 버전은 형식 버전 {supported}까지 읽을 수 있습니다</translation>
    </message>
    <message>
      <source>{field}: expected a list of runs, got {got}</source>
      <translation>{field}: 실행 목록이어야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected one of {valid}, got {got}</source>
      <translation>{field}: {valid} 중 하나여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected a surface name or {example}, got {got}</source>
      <translation>{field}: 곡면 이름이나 {example} 꼴이어야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: expected [x, y, z], got {got}</source>
      <translation>{field}: [x, y, z] 꼴이어야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: 그런 파일이 없습니다</translation>
    </message>
    <message>
      <source>{file} is a folder, not a session file</source>
      <translation>{file}은(는) 세션 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
      <source>{file} is not a text file (not a landscape-gui session)</source>
      <translation>{file}은(는) 텍스트 파일이 아닙니다 (landscape-gui 세션이 아님)</translation>
    </message>
    <message>
      <source>{file} is damaged or not JSON: {detail} at line {line}, column {column}</source>
      <translation>{file}이(가) 손상되었거나 JSON이 아닙니다: {line}행 {column}열, {detail}</translation>
    </message>
    <message>
      <source>{file} is not a landscape-gui session (it cannot be read)</source>
      <translation>{file}은(는) landscape-gui 세션이 아닙니다 (읽을 수 없음)</translation>
    </message>
    <message>
      <source>a value cannot be used ({detail})</source>
      <translation>쓸 수 없는 값이 있습니다 ({detail})</translation>
    </message>
    <message>
      <source>{field}: expected text without '#', got {got}</source>
      <translation>{field}: '#'이 없는 텍스트여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>{field}: the {axis} range must be two numbers within ±1e9, the first smaller (got {low} … {high})</source>
      <translation>{field}: {axis} 범위는 ±1e9 안의 수 두 개여야 하며 첫째 수가 더 작아야 합니다 (받은 값: {low} … {high})</translation>
    </message>
    <message>
      <source>global minimum {at}</source>
      <translation>전역 최솟값 {at}</translation>
    </message>
    <message>
      <source>local minimum {at}</source>
      <translation>국소 최솟값 {at}</translation>
    </message>
    <message>
      <source> (found numerically)</source>
      <translation> (수치적으로 찾음)</translation>
    </message>
    <message>
      <source>unknown surface '{name}'{suggestion}; valid surfaces: {valid}</source>
      <translation>알 수 없는 곡면 '{name}'{suggestion}. 쓸 수 있는 곡면: {valid}</translation>
    </message>
    <message>
      <source>surface parameter '{item}' must be KEY=VALUE</source>
      <translation>곡면 매개변수 '{item}'은(는) KEY=VALUE 꼴이어야 합니다</translation>
    </message>
    <message>
      <source>surface '{surface}' has no parameter '{name}'{suggestion}; its parameters: {valid}</source>
      <translation>곡면 '{surface}'에는 매개변수 '{name}'이(가) 없습니다{suggestion}. 매개변수: {valid}</translation>
    </message>
    <message>
      <source>surface '{surface}' has no parameter '{name}'{suggestion}; its parameters: none</source>
      <translation>곡면 '{surface}'에는 매개변수 '{name}'이(가) 없습니다{suggestion}. 이 곡면에는 매개변수가 없습니다</translation>
    </message>
    <message>
      <source>surface parameter {name}={value} is not a number</source>
      <translation>곡면 매개변수 {name}={value}: 값이 수가 아닙니다</translation>
    </message>
    <message>
      <source>surface parameter {name}={value} is not a number; valid: {valid} (default {default})</source>
      <translation>곡면 매개변수 {name}={value}: 값이 수가 아닙니다. 유효 범위: {valid} (기본값 {default})</translation>
    </message>
    <message>
      <source>ravine: kappa must be a number ≥ 1, not {got}</source>
      <translation>ravine: kappa는 1 이상의 수여야 합니다 (받은 값: {got})</translation>
    </message>
    <message>
      <source>the rates must satisfy 0 &lt; low &lt; high, not {low} … {high}</source>
      <translation>학습률 범위는 0 &lt; low &lt; high를 만족해야 합니다 (받은 값: {low} … {high})</translation>
    </message>
    <message>
      <source>count must be from 2 to {limit}, not {got}</source>
      <translation>학습률 개수는 2부터 {limit}까지여야 합니다 (받은 값: {got})</translation>
    </message>
  </context>
</TS>
